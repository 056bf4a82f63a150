/**
 * The HTTP face of the tool: thin JAX-RS resources that translate a request, call one service and map the result,
 * request and response records, the bearer-token filter, and the mappers that turn every error into
 * {@code application/problem+json} (RFC 9457).
 */
package org.articlequiz.web;
