//! Clever Cloud as its README shows: `CLEVER_API_TOKEN` (the API bridge; `CLEVER_CLOUD_BASE_URL`
//! overrides where it is), a spawned call and a server-sent event stream kept in a struct.

use clever_cloud::types::AccessLog;
use clever_cloud::{Client, Error, ItemStream, StreamExt};

/// An application's access log, read when asked.
struct Tail {
    access: ItemStream<AccessLog>,
}

impl Tail {
    async fn paths(&mut self) -> Result<Vec<String>, Error> {
        let mut paths = Vec::new();
        while let Some(entry) = self.access.next().await {
            let entry = entry?;
            let path = entry.get("path").and_then(|p| p.as_str()).unwrap_or("?");
            paths.push(path.to_owned());
        }
        Ok(paths)
    }
}

pub async fn tour() -> Result<String, Error> {
    let client = Client::from_env()?;
    let me = tokio::spawn(client.self_().get().send());
    let mut tail = Tail {
        access: client
            .logs()
            .stream_application_access("orga_1", "app_1")
            .stream(),
    };
    let me = me.await.expect("the spawned call ran to its end")?;
    let paths = tail.paths().await?;
    Ok(format!(
        "clever-cloud: me {}; access {}",
        me.email.unwrap_or_default(),
        paths.join(" ")
    ))
}
