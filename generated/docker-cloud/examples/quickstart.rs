//! Calls the API once with credentials from the environment and prints the result.
//!
//! `Client::from_env()` reads `DOCKERCLOUD_AUTH` (a whole `Authorization` value) or `DOCKERCLOUD_USER` and `DOCKERCLOUD_APIKEY` (`basicAuth`).
//! Set `DOCKER_CLOUD_BASE_URL` to use another server, e.g. a test server.
//! Run with `cargo run -p docker-cloud --example docker-cloud-quickstart`.

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), docker_cloud::Error> {
    let client = docker_cloud::Client::from_env()?;
    let result = client.actions().list().send().await?;
    println!("{result:#?}");
    Ok(())
}
