//! Docker Cloud as its README shows: `DOCKERCLOUD_USER` and `DOCKERCLOUD_APIKEY` (and
//! `DOCKER_CLOUD_BASE_URL`), a spawned call and a paginated list kept in a struct.

use docker_cloud::types::Service;
use docker_cloud::uuid::Uuid;
use docker_cloud::{Client, Error, ItemStream, TryStreamExt};

/// Every service of every page, read when asked.
struct Services {
    pages: ItemStream<Service>,
}

impl Services {
    async fn names(self) -> Result<Vec<String>, Error> {
        let services: Vec<Service> = self.pages.try_collect().await?;
        Ok(services
            .into_iter()
            .map(|s| s.name.unwrap_or_default())
            .collect())
    }
}

/// The service the spawned call asks for.
const WEB: Uuid = Uuid::from_u128(0x0c5a9d3e_7b21_4f6a_9e8d_3c2b1a0f9e01);

pub async fn tour() -> Result<String, Error> {
    let client = Client::from_env()?;
    let services = Services {
        pages: client.services().list().stream(),
    };
    let one = tokio::spawn(client.services().get(WEB).send());
    let one = one.await.expect("the spawned call ran to its end")?;
    Ok(format!(
        "docker-cloud: got {}; services {}",
        one.uuid,
        services.names().await?.join(" ")
    ))
}
