package org.communique.platform.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The OpenAPI document's shared part: the three credentials of Communiqué as security schemes, and a
 * service's table of operations (summary, description, credential, request example) applied to the
 * generated document. Each service lists its operations in one {@link Op} table; an operation the table
 * does not name keeps what the scanner found.
 */
public abstract class DocumentedApi implements OASFilter {

    public static final String ADMIN_KEY = "adminKey";
    public static final String SOURCE_KEY = "sourceKey";
    public static final String SUBSCRIPTION_TOKEN = "subscriptionToken";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One documented operation: method, path template as in the document ({id}), credential or null. */
    public record Op(String method, String path, String credential, String summary, String description,
                     String exampleJson) {

        public static Op of(String method, String path, String credential, String summary, String description) {
            return new Op(method, path, credential, summary, description, null);
        }

        public Op example(String json) {
            return new Op(method, path, credential, summary, description, json);
        }

        boolean matches(String m, String p) {
            return method.equalsIgnoreCase(m) && Pattern.matches(toRegex(path), p);
        }

        private static String toRegex(String template) {
            return template.replaceAll("\\{[^}]+}", "\\\\{[^}]+}").replace(".", "\\.");
        }
    }

    protected abstract String title();

    protected abstract String description();

    protected abstract List<Op> operations();

    @Override
    public void filterOpenAPI(OpenAPI api) {
        api.info(OASFactory.createInfo().title(title()).version("v1").description(description()));
        if (api.getComponents() == null) {
            api.components(OASFactory.createComponents());
        }
        api.getComponents()
                .addSecurityScheme(ADMIN_KEY, bearer("The operator's admin key (`COMMUNIQUE_*_ADMIN_KEY`; "
                        + "`local-admin-key` on the local stack). Only operators hold it."))
                .addSecurityScheme(SOURCE_KEY, bearer("A pushing source's key, shown once when the source is "
                        + "created or its key rotated, stored only as a hash (`local-demo-key` for the local demo source)."))
                .addSecurityScheme(SUBSCRIPTION_TOKEN, bearer("The subscription's token, shown once when the "
                        + "subscription is created. Whoever holds it manages the subscription."));
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, operation) -> document(path, method, operation)));
    }

    private void document(String path, PathItem.HttpMethod method, Operation operation) {
        for (Op op : operations()) {
            if (!op.matches(method.name(), path)) {
                continue;
            }
            operation.summary(op.summary()).description(op.description());
            if (op.credential() != null) {
                operation.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(op.credential()));
            }
            if (op.exampleJson() != null && operation.getRequestBody() != null
                    && operation.getRequestBody().getContent() != null) {
                for (MediaType media : operation.getRequestBody().getContent().getMediaTypes().values()) {
                    media.addExample("example", OASFactory.createExample().value(parse(op.exampleJson())));
                }
            }
            return;
        }
    }

    private static SecurityScheme bearer(String description) {
        return OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                .description(description);
    }

    private static Object parse(String json) {
        try {
            return JSON.readValue(json, Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("example is not JSON: " + json, e);
        }
    }
}
