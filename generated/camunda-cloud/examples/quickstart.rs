//! Calls the API once with credentials from the environment and prints the result.
//!
//! Set `CAMUNDA_CLOUD_BASE_URL` to use another server (default `https://api.cloud.camunda.io`), e.g. a test server.
//! Run with `cargo run -p camunda-cloud --example camunda-cloud-quickstart`.

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client_id = std::env::var("CAMUNDA_CLIENT_ID")?;
    let client_secret = std::env::var("CAMUNDA_CLIENT_SECRET")?;
    let auth = camunda_cloud::auth::TokenExchange::client_credentials(
        "https://login.cloud.camunda.io/oauth/token",
        client_id,
        client_secret,
    )?
    .with_audience("api.cloud.camunda.io");
    let mut builder = camunda_cloud::Client::builder().auth(auth);
    if let Ok(url) = std::env::var("CAMUNDA_CLOUD_BASE_URL") {
        builder = builder.base_url(url);
    }
    let client = builder.build()?;
    let result = client.clusters().list().send().await?;
    println!("{result:#?}");
    Ok(())
}
