package org.communique.notifier.pages;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.qute.TemplateData;
import jakarta.ws.rs.FormParam;

import java.util.List;

/**
 * What the subscribe form posts, kept to fill the form in again (a preview or a refused subscription shows the
 * page with the visitor's entries still there).
 */
@TemplateData
public class SubscribeForm {

    static final SubscribeForm EMPTY = new SubscribeForm();

    @FormParam("lang")
    public String lang;
    @FormParam("events")
    public List<String> events;
    @FormParam("visitors")
    public String visitors;
    @FormParam("hosts")
    public String hosts;
    @FormParam("statuses")
    public List<String> statuses;
    @FormParam("countries")
    public String countries;
    @FormParam("officials")
    public String officials;
    @FormParam("keywords")
    public String keywords;
    @FormParam("languages")
    public List<String> languages;
    @FormParam("roles")
    public List<String> roles;
    @FormParam("sources")
    public String sources;
    @FormParam("channel")
    public String channel;
    @FormParam("address")
    public String address;
    @FormParam("url")
    public String url;
    @FormParam("digest")
    public String digest;

    /** "checked" when {@code value} was ticked in the list field {@code field} (or the default channel). */
    public String checked(String field, String value) {
        List<String> values = switch (field) {
            case "events" -> events;
            case "statuses" -> statuses;
            case "languages" -> languages;
            case "roles" -> roles;
            case "channel" -> List.of(channel == null ? "email" : channel);
            default -> null;
        };
        return values != null && values.contains(value) ? "checked" : null;
    }

    /** "selected" for the digest chosen. */
    public String selected(String value) {
        return value.equals(digest == null ? "immediate" : digest) ? "selected" : null;
    }

    ObjectNode filter() {
        return FilterForm.filter(events, visitors, hosts, statuses, countries, officials, roles, keywords, languages,
                sources);
    }

    ObjectNode channelJson() {
        return FilterForm.channel(channel, address, url, digest);
    }
}
