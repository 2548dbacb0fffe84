package org.chainmatch.opensearch;

import java.util.HashMap;
import java.util.Map;
import org.opensearch.client.json.JsonpDeserializer;
import org.opensearch.client.opensearch._types.ErrorResponse;
import org.opensearch.client.opensearch.core.BulkRequest;
import org.opensearch.client.opensearch.core.BulkResponse;
import org.opensearch.client.opensearch.core.UpdateRequest;
import org.opensearch.client.opensearch.core.UpdateResponse;
import org.opensearch.client.transport.JsonEndpoint;

/**
 * A write endpoint whose answer leaves out the list of failed shard copies ({@code
 * _shards.failures}), which the cluster sends when a replica could not take a write that the
 * primary applied and acknowledged, e.g. while a node is stopping. opensearch-java 2.22 cannot
 * read that list (the cluster names the shard {@code _shard}, the client requires {@code shard}:
 * opensearch-java issue 551), so without this filter an acknowledged write is reported as an
 * unreadable answer. The counts ({@code _shards.total}, {@code successful}, {@code failed}) and each
 * item's status and error stay.
 */
final class WithoutShardFailures<RequestT, ResponseT> implements JsonEndpoint<RequestT, ResponseT, ErrorResponse> {
  private final JsonEndpoint<RequestT, ResponseT, ErrorResponse> base;
  private final String filterPath;

  private WithoutShardFailures(JsonEndpoint<RequestT, ResponseT, ErrorResponse> base, String filterPath) {
    this.base = base;
    this.filterPath = filterPath;
  }

  @SuppressWarnings("unchecked")
  static JsonEndpoint<BulkRequest, BulkResponse, ErrorResponse> bulk() {
    return new WithoutShardFailures<>(
        (JsonEndpoint<BulkRequest, BulkResponse, ErrorResponse>) BulkRequest._ENDPOINT,
        "-items.*._shards.failures");
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  static JsonEndpoint<UpdateRequest<?, ?>, UpdateResponse<Map>, ErrorResponse> update() {
    return new WithoutShardFailures<>(
        (JsonEndpoint<UpdateRequest<?, ?>, UpdateResponse<Map>, ErrorResponse>)
            UpdateRequest.createUpdateEndpoint(JsonpDeserializer.of(Map.class)),
        "-_shards.failures");
  }

  @Override
  public String method(RequestT request) {
    return base.method(request);
  }

  @Override
  public String requestUrl(RequestT request) {
    return base.requestUrl(request);
  }

  @Override
  public Map<String, String> queryParameters(RequestT request) {
    Map<String, String> out = new HashMap<>(base.queryParameters(request));
    out.put("filter_path", filterPath);
    return out;
  }

  @Override
  public Map<String, String> headers(RequestT request) {
    return base.headers(request);
  }

  @Override
  public boolean hasRequestBody() {
    return base.hasRequestBody();
  }

  @Override
  public boolean isError(int statusCode) {
    return base.isError(statusCode);
  }

  @Override
  public JsonpDeserializer<ErrorResponse> errorDeserializer(int statusCode) {
    return base.errorDeserializer(statusCode);
  }

  @Override
  public <T extends RuntimeException> T exceptionConverter(int statusCode, ErrorResponse error) {
    return base.exceptionConverter(statusCode, error);
  }

  @Override
  public JsonpDeserializer<ResponseT> responseDeserializer() {
    return base.responseDeserializer();
  }
}
