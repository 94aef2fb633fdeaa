//! Calls the API once with credentials from the environment and prints the result.
//!
//! `Client::from_env()` reads `CIVO_TOKEN` (`civoToken`).
//! Set `CIVO_BASE_URL` to use another server, e.g. a test server.
//! Run with `cargo run -p civo --example civo-quickstart`.

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), civo::Error> {
    let client = civo::Client::from_env()?;
    let result = client.regions().list().send().await?;
    println!("{result:#?}");
    Ok(())
}
