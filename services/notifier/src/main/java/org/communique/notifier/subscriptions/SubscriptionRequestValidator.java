package org.communique.notifier.subscriptions;

import jakarta.enterprise.context.ApplicationScoped;
import org.communique.contracts.Tags.EventStatus;
import org.communique.contracts.Tags.EventType;
import org.communique.notifier.deliveries.DeliveryChannels;
import org.communique.notifier.matching.OfficialRoles;
import org.communique.notifier.matching.SubscriptionFilter;
import org.communique.notifier.matching.morphology.Tokenizer;
import org.communique.platform.net.RefusedTargetException;
import org.communique.platform.net.TargetGuard;
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
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Checks a subscription request field by field and reports every problem at once. */
@ApplicationScoped
public class SubscriptionRequestValidator {

    static final int MAX_ENTRIES = 100;
    static final int MAX_OFFICIAL_LENGTH = 200;
    static final int MAX_URL_LENGTH = 2048;
    static final int MAX_KEYWORD_LENGTH = 100;
    static final int MAX_KEYWORD_WORDS = 8;
    /**
     * Characters of free text (officials and keywords) in one filter. With the caps per field this bounds a
     * filter to a few kilobytes, and every instance keeps every live filter in memory.
     */
    static final int MAX_FILTER_TEXT = 2_000;

    static final List<String> CHANNEL_TYPES =
            List.of(DeliveryChannels.WEBHOOK, DeliveryChannels.EMAIL, DeliveryChannels.SSE, DeliveryChannels.FEED);
    static final List<String> DIGESTS = List.of("immediate", "hourly", "daily");
    static final int MAX_EMAIL_LENGTH = 254;
    // deliberately simple: one @, a dot in the domain, no spaces, quotes or angle brackets
    private static final Pattern EMAIL = Pattern.compile("[^\\s@\"<>(),;:]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");

    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());
    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final TargetGuard targetGuard;

    public SubscriptionRequestValidator(TargetGuard targetGuard) {
        this.targetGuard = targetGuard;
    }

    public NewSubscription validate(CreateSubscriptionRequest request) {
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
        CreateSubscriptionRequest.Channel channel = request.channel();
        if (DeliveryChannels.EMAIL.equals(channel.type())) {
            return new NewSubscription(filter, channel.type(), null, channel.address().strip(),
                    (channel.digest() == null ? "immediate" : channel.digest()).toUpperCase(Locale.ROOT));
        }
        return new NewSubscription(filter, channel.type(), url);
    }

    /** Checks an update: each part present is validated as at creation; the channel type cannot change. */
    public SubscriptionUpdate validateUpdate(UpdateSubscriptionRequest request, String currentChannelType) {
        if (request == null || (request.filter() == null && request.channel() == null)) {
            throw ProblemException.badRequest("send a filter, a channel or both",
                    List.of(new FieldError("", "must contain filter or channel")));
        }
        List<FieldError> errors = new ArrayList<>();
        SubscriptionFilter filter = request.filter() == null ? null : filter(request.filter(), errors);
        URI url = null;
        String digest = null;
        if (request.channel() != null) {
            if (request.channel().type() != null && !request.channel().type().equals(currentChannelType)) {
                errors.add(new FieldError("channel.type", "cannot change (it is \"" + currentChannelType
                        + "\"); create a new subscription for another channel"));
            } else if (DeliveryChannels.WEBHOOK.equals(currentChannelType)) {
                url = channel(new CreateSubscriptionRequest.Channel(currentChannelType, request.channel().url(),
                        request.channel().address(), request.channel().digest()), errors);
            } else if (DeliveryChannels.EMAIL.equals(currentChannelType)) {
                if (request.channel().address() != null || request.channel().url() != null) {
                    errors.add(new FieldError(request.channel().url() != null ? "channel.url" : "channel.address",
                            "cannot change; create a new email subscription (it needs its own confirmation)"));
                }
                if (request.channel().digest() != null && !DIGESTS.contains(request.channel().digest())) {
                    errors.add(new FieldError("channel.digest", "must be one of " + String.join(", ", DIGESTS)));
                }
                digest = request.channel().digest() == null ? null : request.channel().digest().toUpperCase(Locale.ROOT);
            } else if (request.channel().url() != null) {
                errors.add(new FieldError("channel.url", "must not be set for a " + currentChannelType + " channel"));
            }
        }
        if (!errors.isEmpty()) {
            String detail = errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; "));
            throw ProblemException.badRequest(detail, List.copyOf(errors));
        }
        return new SubscriptionUpdate(filter, url, digest);
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
        Set<String> keywords = keywords(filter.keywords(), errors);
        int text = (officials == null ? 0 : officials.stream().mapToInt(String::length).sum())
                + (keywords == null ? 0 : keywords.stream().mapToInt(String::length).sum());
        if (text > MAX_FILTER_TEXT) {
            errors.add(new FieldError("filter", "must have at most " + MAX_FILTER_TEXT
                    + " characters of officials and keywords together (has " + text + ")"));
        }
        Set<String> languages = entries(filter.languages(), "filter.languages", errors, value -> {
            if (!value.matches("[a-z]{2}")) {
                return "must be a lower-case ISO 639-1 language code such as ru, kk, ky or en";
            }
            return ISO_LANGUAGES.contains(value) ? null : "is not an ISO 639-1 language code";
        }, Function.identity());
        Set<UUID> sources = entries(filter.sources(), "filter.sources", errors,
                value -> UUID_TEXT.matcher(value).matches() ? null : "must be a source id (a UUID)",
                value -> UUID.fromString(value));
        Set<String> roles = entries(filter.roles(), "filter.roles", errors,
                value -> OfficialRoles.problem(value, ISO_COUNTRIES), Function.identity());
        return new SubscriptionFilter(countries, officials, events, visit, keywords, languages, sources,
                filter.storyDedupe(), roles);
    }

    private static Set<String> keywords(List<String> values, List<FieldError> errors) {
        return entries(values, "filter.keywords", errors, value -> {
            if (value.isBlank()) {
                return "must not be blank";
            }
            if (value.length() > MAX_KEYWORD_LENGTH) {
                return "must be at most " + MAX_KEYWORD_LENGTH + " characters";
            }
            int words = Tokenizer.tokens(value).size();
            if (words == 0) {
                return "must contain a letter or a digit";
            }
            return words > MAX_KEYWORD_WORDS ? "must have at most " + MAX_KEYWORD_WORDS + " words" : null;
        }, value -> value.strip().replaceAll("\\s+", " "));
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
        } else if (!CHANNEL_TYPES.contains(channel.type())) {
            errors.add(new FieldError("channel.type", "must be one of " + String.join(", ", CHANNEL_TYPES)));
        } else if (!DeliveryChannels.WEBHOOK.equals(channel.type())) {
            if (channel.url() != null) {
                errors.add(new FieldError("channel.url", "must not be set for a " + channel.type() + " channel"));
            }
            if (DeliveryChannels.EMAIL.equals(channel.type())) {
                email(channel, errors);
            } else if (channel.address() != null || channel.digest() != null) {
                errors.add(new FieldError(channel.address() != null ? "channel.address" : "channel.digest",
                        "must not be set for a " + channel.type() + " channel"));
            }
            return null;
        } else if (channel.address() != null || channel.digest() != null) {
            errors.add(new FieldError(channel.address() != null ? "channel.address" : "channel.digest",
                    "must not be set for a webhook channel"));
        }
        String problem = urlProblem(channel.url());
        if (problem != null) {
            errors.add(new FieldError("channel.url", problem));
            return null;
        }
        return URI.create(channel.url());
    }

    private static void email(CreateSubscriptionRequest.Channel channel, List<FieldError> errors) {
        String address = channel.address() == null ? null : channel.address().strip();
        if (address == null || address.isEmpty()) {
            errors.add(new FieldError("channel.address", "is required for an email channel"));
        } else if (address.length() > MAX_EMAIL_LENGTH) {
            errors.add(new FieldError("channel.address", "must be at most " + MAX_EMAIL_LENGTH + " characters"));
        } else if (!EMAIL.matcher(address).matches()) {
            errors.add(new FieldError("channel.address", "must be an email address such as desk@example.org"));
        }
        if (channel.digest() != null && !DIGESTS.contains(channel.digest())) {
            errors.add(new FieldError("channel.digest", "must be one of " + String.join(", ", DIGESTS)));
        }
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
