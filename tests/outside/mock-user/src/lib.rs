//! A small tool of a user's own: it reports on Civo instances and follows Clever Cloud logs.
//! Its tests (`tests/`) run it against the generated crates' mock servers.

use civo::StreamExt as _;

/// The hostnames of every instance in `region`, page after page.
pub async fn hostnames(client: &civo::Client, region: &str) -> Result<Vec<String>, civo::Error> {
    let mut names = Vec::new();
    let mut instances = client.instances().list().region(region).stream();
    while let Some(instance) = instances.next().await {
        let instance = instance?;
        names.push(instance.hostname.unwrap_or(instance.id));
    }
    Ok(names)
}

/// Deletes an instance; when Civo refuses (403), says why instead of failing.
pub async fn remove(client: &civo::Client, id: &str) -> Result<String, civo::Error> {
    match client.instances().delete(id).send().await {
        Ok(_) => Ok(format!("deleted {id}")),
        Err(e) if e.status().map(|s| s.as_u16()) == Some(403) => {
            Ok(format!("refused: {}", e.message().unwrap_or("no reason")))
        }
        Err(other) => Err(other),
    }
}

/// The signed-in Clever Cloud user's e-mail address.
pub async fn whoami(client: &clever_cloud::Client) -> Result<String, clever_cloud::Error> {
    let me = client.self_().get().send().await?;
    Ok(me.email.unwrap_or_default())
}

/// The first `count` log lines of an application, following the stream across reconnects.
pub async fn tail(
    client: &clever_cloud::Client,
    owner: &str,
    app: &str,
    count: usize,
) -> Result<Vec<String>, clever_cloud::Error> {
    let mut lines = Vec::new();
    let mut logs = client.logs().stream_application_v4(owner, app).stream();
    while lines.len() < count {
        match logs.next().await {
            Some(line) => lines.push(line?.message.unwrap_or_default()),
            None => break,
        }
    }
    Ok(lines)
}

/// The first `count` lines of an application's log socket, following it across reconnects.
pub async fn follow(
    client: &clever_cloud::Client,
    app: &str,
    count: usize,
) -> Result<Vec<String>, clever_cloud::Error> {
    let mut lines = Vec::new();
    let mut logs = client.logs().stream_application(app).connect();
    while lines.len() < count {
        match logs.next().await {
            Some(line) => lines.push(line?.message),
            None => break,
        }
    }
    Ok(lines)
}
