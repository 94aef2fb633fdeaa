//! How a success response becomes an operation's value, as plain functions.
//!
//! Generated code names one of these (or a function of its own, for operations whose success
//! statuses carry different types) and hands it to [`Request::send_decoded`] or
//! [`Request::send_value`], so each operation carries no async code of its own: the future
//! that sends and decodes is written once, here, and only instantiated per value type. Those
//! take the function as a generic argument, not as a [`Decode`] pointer: a pointer would make a
//! generated crate compile every response type's deserializer (serde_json's, monomorphized) in
//! its own debug build; a function item is compiled only in a program that awaits the call.
//!
//! [`Request::send_decoded`]: crate::Request::send_decoded
//! [`Request::send_value`]: crate::Request::send_value

use bytes::Bytes;
use serde::de::DeserializeOwned;

use crate::error::Error;
use crate::response::{Response, ResponseValue};

/// A function turning a success response into a value (or an error, when it cannot).
pub type Decode<T, E> = fn(Response) -> Result<ResponseValue<T>, Error<E>>;

/// The JSON body decoded into `T` ([`Response::value`]).
pub fn json<T: DeserializeOwned, E>(response: Response) -> Result<ResponseValue<T>, Error<E>> {
    response.value()
}

/// The body as text ([`Response::text_value`]).
pub fn text<E>(response: Response) -> Result<ResponseValue<String>, Error<E>> {
    Ok(response.text_value())
}

/// The raw body ([`Response::bytes_value`]).
pub fn bytes<E>(response: Response) -> Result<ResponseValue<Bytes>, Error<E>> {
    Ok(response.bytes_value())
}

/// No body, only status and headers ([`Response::empty_value`]).
pub fn empty<E>(response: Response) -> Result<ResponseValue<()>, Error<E>> {
    Ok(response.empty_value())
}
