//! Calls the API once with credentials from the environment and prints the result.
//!
//! Set `CLEVER_CLOUD_BASE_URL` to use another server (default `https://api.clever-cloud.com`), e.g. a test server.
//! Run with `cargo run -p clever-cloud --example clever-cloud-quickstart`.

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let consumer_key = std::env::var("CLEVER_CONSUMER_KEY")?;
    let consumer_secret = std::env::var("CLEVER_CONSUMER_SECRET")?;
    let token = std::env::var("CLEVER_TOKEN")?;
    let token_secret = std::env::var("CLEVER_SECRET")?;
    let auth = clever_cloud::auth::oauth1::OAuth1::new(consumer_key, consumer_secret)?
        .with_token(token, token_secret)?;
    let mut builder = clever_cloud::Client::builder().auth(auth);
    if let Ok(url) = std::env::var("CLEVER_CLOUD_BASE_URL") {
        builder = builder.base_url(url);
    }
    let client = builder.build()?;
    let result = client.github().list_repositories().send().await?;
    println!("{result:#?}");
    Ok(())
}
