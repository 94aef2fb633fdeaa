//! Civo as its README shows: `CIVO_TOKEN` (and `CIVO_BASE_URL`), a spawned call, a body built
//! with its constructor, and a paginated list kept in a struct and read later.

use civo::types::{CreateSshKeyRequest, Instance};
use civo::{Client, Error, ItemStream, StreamExt};

/// Every instance of every page, read when asked.
struct Inventory {
    instances: ItemStream<Instance>,
}

impl Inventory {
    async fn hostnames(&mut self) -> Result<Vec<String>, Error> {
        let mut names = Vec::new();
        while let Some(instance) = self.instances.next().await {
            names.push(instance?.hostname.unwrap_or_default());
        }
        Ok(names)
    }
}

pub async fn tour() -> Result<String, Error> {
    let client = Client::from_env()?;
    let regions = tokio::spawn(client.regions().list().send());
    let mut inventory = Inventory {
        instances: client.instances().list().stream(),
    };
    let key = CreateSshKeyRequest::new("laptop", "ssh-ed25519 AAAA");
    let created = client.ssh_keys().create(key).send().await?;
    let regions = regions.await.expect("the spawned call ran to its end")?;
    let hostnames = inventory.hostnames().await?;
    Ok(format!(
        "civo: regions {}; key {}; instances {}",
        regions.len(),
        created.id.unwrap_or_default(),
        hostnames.join(" ")
    ))
}
