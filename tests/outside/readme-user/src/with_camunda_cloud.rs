//! Camunda's console API as its README shows: `CAMUNDA_CONSOLE_CLIENT_ID` and
//! `CAMUNDA_CONSOLE_CLIENT_SECRET` (with `CAMUNDA_OAUTH_URL` and `CAMUNDA_CONSOLE_BASE_URL`
//! overriding where they go), a spawned call kept in a struct, and a body built with its
//! constructor. The API has no paginated list or event stream.

use camunda_cloud::types::{Cluster, CreateZeebeClientRequest};
use camunda_cloud::{Client, Error};
use tokio::task::JoinHandle;

/// A listing under way, read when asked.
struct Pending {
    clusters: JoinHandle<Result<Vec<Cluster>, Error>>,
}

pub async fn tour() -> Result<String, Error> {
    let client = Client::from_env()?;
    let pending = Pending {
        clusters: tokio::spawn(client.clusters().list().send()),
    };
    let clusters = pending
        .clusters
        .await
        .expect("the spawned call ran to its end")?;
    let mut names = Vec::new();
    for cluster in &clusters {
        let worker = CreateZeebeClientRequest::new("worker");
        let created = client
            .zeebe_clients()
            .create(cluster.uuid, worker)
            .send()
            .await?;
        names.push(format!("{}={}", cluster.name, created.client_id));
    }
    Ok(format!("camunda-cloud: clients {}", names.join(" ")))
}
