package org.tierdesk.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

/** One in-process run of the {@code tierdesk} command line: its exit status and what it wrote. */
record CliRun(int exitCode, String out, String err) {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = TierdeskCommand.run(args, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(code, out.toString(), err.toString());
    }

    /** {@code tierdesk evaluate <scenario> --format json [extra...]} on a test scenario (scenarios/...). */
    static CliRun evaluateJson(String scenario, String... extra) {
        List<String> args = new ArrayList<>(List.of("evaluate", resource(scenario).toString(), "--format", "json"));
        args.addAll(List.of(extra));
        return of(args.toArray(String[]::new));
    }

    static Path resource(String scenario) {
        URL url = CliRun.class.getClassLoader().getResource("scenarios/" + scenario);
        if (url == null) {
            throw new IllegalArgumentException("no test scenario scenarios/" + scenario);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The JSON printed on standard output, after checking the run succeeded and printed nothing else. */
    JsonNode json() {
        if (exitCode != 0) {
            throw new AssertionError("exit status " + exitCode + ", stderr:\n" + err);
        }
        try {
            return JSON.readTree(out);
        } catch (Exception e) {
            throw new AssertionError("stdout is not one JSON object:\n" + out, e);
        }
    }

    /** The requirement {@code id} of {@code tier} in the JSON's requirements array. */
    static JsonNode requirement(JsonNode json, String tier, String id) {
        List<JsonNode> found = StreamSupport.stream(json.get("requirements").spliterator(), false)
                .filter(r -> r.get("tier").asText().equals(tier) && r.get("id").asText().equals(id))
                .toList();
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " requirements " + tier + "/" + id + " in "
                    + json.get("requirements").toPrettyString());
        }
        return found.get(0);
    }

    /** The ids of {@code tier}'s requirements that are not met. */
    static List<String> unmet(JsonNode json, String tier) {
        return StreamSupport.stream(json.get("requirements").spliterator(), false)
                .filter(r -> r.get("tier").asText().equals(tier) && !r.get("met").asBoolean())
                .map(r -> r.get("id").asText())
                .toList();
    }

    /** An array of strings as a list. */
    static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    static BigDecimal number(JsonNode node) {
        if (!node.isNumber()) {
            throw new AssertionError(node + " is not a JSON number");
        }
        return node.decimalValue();
    }
}
