package org.communique.notifier.pages;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Singleton;
import org.communique.notifier.matching.OfficialRoles;

import java.util.List;
import java.util.Map;

/** The subscribe page: the form (filled in again with what was posted), an error, and a preview's releases. */
@Singleton
class SubscribePage {

    private final Template subscribe;

    SubscribePage(@Location("pages/subscribe.html") Template subscribe) {
        this.subscribe = subscribe;
    }

    /** @param hits null when no preview was asked for; empty when one matched nothing */
    TemplateInstance view(Map<String, String> t, SubscribeForm form, String error, List<Preview.Hit> hits) {
        return subscribe.data("t", t).data("countries", Countries.in(t.get("lang"))).data("form", form)
                .data("error", error).data("hits", hits)
                .data("roles", OfficialRoles.ROLES.stream().map(r -> new RoleChoice(r, t.get("role_" + r))).toList());
    }

    @TemplateData
    record RoleChoice(String value, String label) {
    }
}
