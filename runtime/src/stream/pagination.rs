use std::collections::VecDeque;

use serde::de::DeserializeOwned;
use serde_json::{Map, Value};
use url::Url;

use crate::confine;
use crate::encode::{query_value, set_query_value};
use crate::error::Error;
use crate::request::Request;
use crate::response::{Response, decode_error, decode_slice};
use crate::stream::items::ItemStream;
use crate::transport;

/// How an operation splits a list into pages; generated crates declare one `static` per
/// paginated operation and pass it to [`Request::paginate`].
///
/// ```
/// use cloudsdk_runtime::Pagination;
///
/// static SERVICES: Pagination = Pagination::meta_next("objects");
/// static INSTANCES: Pagination = Pagination::page_number("items", "page", "per_page", "pages");
/// # let _ = (&SERVICES, &INSTANCES);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Pagination {
    /// Docker Cloud: `{"meta": {"next": "/api/…?limit=25&offset=25", …}, "objects": […]}`. The
    /// next page is `meta.next` (a path and query, or an absolute URL on the same origin),
    /// resolved against the base URL's origin; `null` ends the list.
    #[non_exhaustive]
    MetaNext {
        /// The field holding the page's items (`objects`).
        items: &'static str,
    },
    /// Civo: query `page`/`per_page`, answer `{"page": 1, "per_page": 20, "pages": 3,
    /// "items": […]}`. The next page is requested with `page` + 1 until `page >= pages`.
    #[non_exhaustive]
    PageNumber {
        /// The field holding the page's items (`items`).
        items: &'static str,
        /// The query parameter and response field naming the page (`page`), counted from 1.
        page: &'static str,
        /// The query parameter and response field giving the page size (`per_page`); the size
        /// the first request asked for is kept.
        per_page: &'static str,
        /// The response field giving the number of pages (`pages`).
        pages: &'static str,
    },
}

impl Pagination {
    /// [`Pagination::MetaNext`]: the items in `items`, the next page at `meta.next`.
    pub const fn meta_next(items: &'static str) -> Self {
        Self::MetaNext { items }
    }

    /// [`Pagination::PageNumber`]: the items in `items`, the page counted in `page`, its size in
    /// `per_page`, the number of pages in `pages`.
    pub const fn page_number(
        items: &'static str,
        page: &'static str,
        per_page: &'static str,
        pages: &'static str,
    ) -> Self {
        Self::PageNumber {
            items,
            page,
            per_page,
            pages,
        }
    }
}

impl Request {
    /// Sends the request and the ones after it, page by page, yielding the items of every page
    /// in order (a page is requested once the previous one is used up). The list ends after the
    /// last page or on an empty page; an error status or an item that does not decode into `T`
    /// is yielded as the last item.
    ///
    /// The first request is the one built here; later ones reuse it (method, headers, body)
    /// with the page changed.
    ///
    /// ```no_run
    /// use cloudsdk_runtime::{Client, Method, Operation, Pagination, QueryStyle};
    /// use futures_util::TryStreamExt;
    ///
    /// static LIST_SERVICES: Operation =
    ///     Operation::new("listServices", Method::GET, "/api/app/v1/service/", true);
    /// static SERVICES: Pagination = Pagination::meta_next("objects");
    ///
    /// # async fn run(client: Client) -> Result<(), cloudsdk_runtime::Error> {
    /// let mut request = client.request(&LIST_SERVICES);
    /// request.query("limit", &25, QueryStyle::form(true));
    /// let services: Vec<serde_json::Value> = request
    ///     .paginate::<serde_json::Value, serde_json::Value>(&SERVICES)
    ///     .try_collect()
    ///     .await?;
    /// # let _ = services; Ok(()) }
    /// ```
    pub fn paginate<T, E>(self, pagination: &'static Pagination) -> ItemStream<T, E>
    where
        T: DeserializeOwned + Send + 'static,
        E: DeserializeOwned + Send + 'static,
    {
        let requested = match pagination {
            Pagination::PageNumber { page, .. } => query_value(&self.call.query, page)
                .and_then(|v| v.parse().ok())
                .unwrap_or(1),
            Pagination::MetaNext { .. } => 0,
        };
        let pager = Pager {
            req: self,
            failed: None,
            pagination,
            next: Next::Built,
            buffer: VecDeque::new(),
            requested,
        };
        ItemStream::new(futures_util::stream::unfold(pager, Pager::step))
    }
}

/// Where the next page comes from.
enum Next {
    /// The request as built (its query holds the page).
    Built,
    /// A URL the previous page gave.
    Url(Url),
    /// No further page.
    Done,
}

struct Pager<T, E> {
    req: Request,
    /// An error to yield once the items before it are delivered; it ends the list.
    failed: Option<Error<E>>,
    pagination: &'static Pagination,
    next: Next,
    buffer: VecDeque<T>,
    /// The page number last requested (page-number pagination).
    requested: u64,
}

impl<T: DeserializeOwned, E: DeserializeOwned> Pager<T, E> {
    async fn step(mut self) -> Option<(Result<T, Error<E>>, Self)> {
        loop {
            if let Some(item) = self.buffer.pop_front() {
                return Some((Ok(item), self));
            }
            if let Some(error) = self.failed.take() {
                return Some((Err(error), self));
            }
            let url = match std::mem::replace(&mut self.next, Next::Done) {
                Next::Done => return None,
                Next::Built => None,
                Next::Url(url) => Some(url),
            };
            let current = match &url {
                Some(url) => Some(url.clone()),
                None => self.req.call.url().ok(),
            };
            let response = match transport::execute_buffered::<E>(&mut self.req.call, url).await {
                Ok(response) => response,
                Err(e) => return Some((Err(e), self)),
            };
            if let Err(e) = self.read_page(response, current) {
                self.next = Next::Done;
                self.failed = Some(e);
            }
        }
    }

    /// Queues the page's items and works out where the next page is.
    fn read_page(&mut self, response: Response, current: Option<Url>) -> Result<(), Error<E>> {
        let parts = response.into_parts();
        let mut page = match decode_slice::<Value>(&parts.body) {
            Ok(Value::Object(map)) => map,
            Ok(_) => {
                let message = "expected a JSON object holding a page".to_owned();
                return Err(decode_error(parts, ".".to_owned(), message));
            }
            Err((path, message)) => return Err(decode_error(parts, path, message)),
        };
        let field = match self.pagination {
            Pagination::MetaNext { items } | Pagination::PageNumber { items, .. } => *items,
        };
        let items = match page.remove(field) {
            None | Some(Value::Null) => Vec::new(),
            Some(Value::Array(items)) => items,
            Some(_) => {
                let message = "expected an array of items".to_owned();
                return Err(decode_error(parts, field.to_owned(), message));
            }
        };
        if items.is_empty() {
            return Ok(());
        }
        // The items decoded before one that does not are still delivered, then the error.
        if let Err((path, message)) = self.queue(field, items) {
            return Err(decode_error(parts, path, message));
        }
        self.next_page(&page, current)
    }

    /// Decodes and queues the items of the page's `field`; on failure, the item's path and
    /// what serde said.
    fn queue(&mut self, field: &str, items: Vec<Value>) -> Result<(), (String, String)> {
        self.buffer.reserve(items.len());
        for (i, item) in items.into_iter().enumerate() {
            let item = serde_path_to_error::deserialize::<_, T>(item).map_err(|e| {
                let path = match e.path().to_string() {
                    inner if inner == "." => format!("{field}[{i}]"),
                    inner => format!("{field}[{i}].{inner}"),
                };
                (path, e.into_inner().to_string())
            })?;
            self.buffer.push_back(item);
        }
        Ok(())
    }

    /// Sets where the next page is, from a page that had items (`current`: its URL).
    fn next_page(
        &mut self,
        page: &Map<String, Value>,
        current: Option<Url>,
    ) -> Result<(), Error<E>> {
        match self.pagination {
            Pagination::MetaNext { .. } => {
                let next = page
                    .get("meta")
                    .and_then(|meta| meta.get("next"))
                    .and_then(Value::as_str)
                    .filter(|next| !next.is_empty());
                if let Some(next) = next {
                    let url = self.follow(next)?;
                    // A page pointing at itself would be fetched forever.
                    if current.as_ref() != Some(&url) {
                        self.next = Next::Url(url);
                    }
                }
            }
            Pagination::PageNumber {
                page: name, pages, ..
            } => {
                let number = |key: &str| page.get(key).and_then(Value::as_u64);
                let current = number(name).unwrap_or(self.requested);
                let total = number(pages).unwrap_or(0);
                if current < total {
                    // Strictly increasing, even if the server ignores the page asked for.
                    let next = current.max(self.requested) + 1;
                    set_query_value(&mut self.req.call.query, name, &next.to_string());
                    self.requested = next;
                    self.next = Next::Built;
                }
            }
        }
        Ok(())
    }

    /// Resolves `meta.next` against the base URL; a page on another origin, or outside the
    /// base URL's path, is refused (the request carries credentials).
    fn follow(&self, next: &str) -> Result<Url, Error<E>> {
        let id = self.req.call.op.id;
        let base = &self.req.call.client.config().base_url;
        let url = base.join(next).map_err(|e| {
            // The query is left out: a server may echo a query credential back in it.
            let shown = next.split_once('?').map_or(next, |(path, _)| path);
            Error::InvalidRequest(format!("{id}: next page `{shown}`: {e}"))
        })?;
        confine::within_base(base, &url).map_err(|e| {
            Error::InvalidRequest(format!(
                "{id}: not following the next page with this client's credentials: {e}"
            ))
        })?;
        Ok(url)
    }
}
