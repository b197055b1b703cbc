package vn.sotay.platform.rest.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.jaxrs.cfg.JaxRSFeature;
import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;

/**
 * The one JSON configuration of the API: ISO dates, lenient on unknown fields, strict on empty
 * bodies, and bounded while parsing ({@link #CONSTRAINTS}): a breach is a 400 problem, never a deep
 * recursion or a huge allocation.
 */
public final class Json {
    /** Nesting depth of objects and arrays. */
    static final int MAX_DEPTH = 64;
    /** Characters of one string value (the body itself is bounded at 1 MiB by {@link BodyLimit}). */
    static final int MAX_STRING = 1 << 20;
    /** Characters of one number. */
    static final int MAX_NUMBER = 100;
    /** Characters of one property name. */
    static final int MAX_NAME = 1000;

    static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
            .maxStringLength(MAX_STRING).maxNumberLength(MAX_NUMBER).maxNameLength(MAX_NAME).build();

    public static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder().streamReadConstraints(CONSTRAINTS).build())
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private Json() {
    }

    static JacksonJsonProvider provider() {
        JacksonJsonProvider p = new JacksonJsonProvider(MAPPER);
        p.disable(JaxRSFeature.ALLOW_EMPTY_INPUT);
        return p;
    }
}
