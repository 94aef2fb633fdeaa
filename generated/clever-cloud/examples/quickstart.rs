//! Calls the API once with credentials from the environment and prints the result.
//!
//! `Client::from_env()` reads `CLEVER_CONSUMER_KEY`, `CLEVER_CONSUMER_SECRET`, `CLEVER_TOKEN` and `CLEVER_SECRET` (`oauth1`); or `CLEVER_API_TOKEN` (`apiToken`; sent to `https://api-bridge.clever-cloud.com`).
//! Set `CLEVER_CLOUD_BASE_URL` to use another server, e.g. a test server.
//! Run with `cargo run -p clever-cloud --example clever-cloud-quickstart`.

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), clever_cloud::Error> {
    let client = clever_cloud::Client::from_env()?;
    let result = client.github().list_repositories().send().await?;
    println!("{result:#?}");
    Ok(())
}
