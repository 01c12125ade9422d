package org.communique.notifier.subscriptions;

import jakarta.enterprise.context.ApplicationScoped;
import org.communique.contracts.Tags.EventStatus;
import org.communique.contracts.Tags.EventType;
import org.communique.notifier.deliveries.DeliveryChannels;
import org.communique.notifier.matching.SubscriptionFilter;
import org.communique.notifier.webhooks.RefusedTargetException;
import org.communique.notifier.webhooks.TargetGuard;
import org.communique.platform.problem.Problem.FieldError;
import org.communique.platform.problem.ProblemException;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Checks a subscription request field by field and reports every problem at once. */
@ApplicationScoped
public class SubscriptionRequestValidator {

    static final int MAX_ENTRIES = 100;
    static final int MAX_OFFICIAL_LENGTH = 200;
    static final int MAX_URL_LENGTH = 2048;

    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

    private final TargetGuard targetGuard;

    public SubscriptionRequestValidator(TargetGuard targetGuard) {
        this.targetGuard = targetGuard;
    }

    NewSubscription validate(CreateSubscriptionRequest request) {
        if (request == null) {
            throw ProblemException.badRequest("a JSON body is required", List.of(new FieldError("", "is required")));
        }
        List<FieldError> errors = new ArrayList<>();
        SubscriptionFilter filter = filter(request.filter(), errors);
        URI url = channel(request.channel(), errors);
        if (!errors.isEmpty()) {
            String detail = errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; "));
            throw ProblemException.badRequest(detail, List.copyOf(errors));
        }
        return new NewSubscription(filter, url);
    }

    private static SubscriptionFilter filter(CreateSubscriptionRequest.Filter filter, List<FieldError> errors) {
        if (filter == null) {
            errors.add(new FieldError("filter", "is required; send {} to match every release"));
            return null;
        }
        Set<String> countries = countries(filter.countries(), "filter.countries", errors);
        Set<String> officials = officials(filter.officials(), errors);
        Set<EventType> events = constants(filter.events(), "filter.events", EventType.class, errors);
        SubscriptionFilter.VisitFilter visit = null;
        if (filter.visit() != null) {
            CreateSubscriptionRequest.Visit v = filter.visit();
            visit = new SubscriptionFilter.VisitFilter(
                    countries(v.visitorCountries(), "filter.visit.visitorCountries", errors),
                    countries(v.hostCountries(), "filter.visit.hostCountries", errors),
                    constants(v.statuses(), "filter.visit.statuses", EventStatus.class, errors));
        }
        return new SubscriptionFilter(countries, officials, events, visit);
    }

    private static Set<String> countries(List<String> values, String field, List<FieldError> errors) {
        return entries(values, field, errors, value -> {
            if (!value.matches("[A-Z]{2}")) {
                return "must be an upper-case ISO 3166-1 alpha-2 country code";
            }
            return ISO_COUNTRIES.contains(value) ? null : "is not an ISO 3166-1 alpha-2 country code";
        }, Function.identity());
    }

    private static Set<String> officials(List<String> values, List<FieldError> errors) {
        return entries(values, "filter.officials", errors, value -> {
            if (value.isBlank()) {
                return "must not be blank";
            }
            return value.length() > MAX_OFFICIAL_LENGTH
                    ? "must be at most " + MAX_OFFICIAL_LENGTH + " characters" : null;
        }, String::strip);
    }

    private static <E extends Enum<E>> Set<E> constants(List<String> values, String field, Class<E> type,
                                                         List<FieldError> errors) {
        Set<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        String allowed = "must be one of " + String.join(", ", names);
        return entries(values, field, errors, value -> names.contains(value) ? null : allowed,
                value -> Enum.valueOf(type, value));
    }

    /** Checks each entry of a list field; {@code problem} returns null for a valid entry. */
    private static <T> Set<T> entries(List<String> values, String field, List<FieldError> errors,
                                      Function<String, String> problem, Function<String, T> convert) {
        Set<T> result = new HashSet<>();
        if (values == null) {
            return result;
        }
        if (values.size() > MAX_ENTRIES) {
            errors.add(new FieldError(field, "must have at most " + MAX_ENTRIES + " entries"));
            return result;
        }
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            String message = value == null ? "must not be null" : problem.apply(value);
            if (message != null) {
                errors.add(new FieldError(field + "[" + i + "]", message));
            } else {
                result.add(convert.apply(value));
            }
        }
        return result;
    }

    private URI channel(CreateSubscriptionRequest.Channel channel, List<FieldError> errors) {
        if (channel == null) {
            errors.add(new FieldError("channel", "is required"));
            return null;
        }
        if (channel.type() == null) {
            errors.add(new FieldError("channel.type", "is required"));
        } else if (!DeliveryChannels.WEBHOOK.equals(channel.type())) {
            errors.add(new FieldError("channel.type", "must be \"webhook\" (the only channel type so far)"));
        }
        String problem = urlProblem(channel.url());
        if (problem != null) {
            errors.add(new FieldError("channel.url", problem));
            return null;
        }
        return URI.create(channel.url());
    }

    private String urlProblem(String url) {
        if (url == null || url.isBlank()) {
            return "is required";
        }
        if (url.length() > MAX_URL_LENGTH) {
            return "must be at most " + MAX_URL_LENGTH + " characters";
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return "must be an absolute http or https URL";
        }
        if (!uri.isAbsolute() || uri.isOpaque()
                || !("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
            return "must be an absolute http or https URL";
        }
        if (uri.getHost() == null) {
            return "must have a valid host name or IP address";
        }
        if (uri.getRawUserInfo() != null) {
            return "must not contain credentials";
        }
        if (uri.getRawFragment() != null) {
            return "must not contain a fragment";
        }
        try {
            targetGuard.check(uri);
            return null;
        } catch (RefusedTargetException e) {
            return e.getMessage();
        }
    }
}
