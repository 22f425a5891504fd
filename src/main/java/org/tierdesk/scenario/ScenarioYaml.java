package org.tierdesk.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML text into a {@link ScenarioNode} tree with a line for every key and value, through Jackson's streaming
 * parser (its token locations carry the lines). A syntax error or a duplicate key is a {@link ScenarioException}.
 */
final class ScenarioYaml {
    private static final YAMLFactory FACTORY = YAMLFactory.builder().build();

    private final String file;

    ScenarioYaml(String file) {
        this.file = file;
    }

    /** The document's root, or null for an empty document. */
    ScenarioNode parse(Reader text) throws ScenarioException, IOException {
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return null;
            }
            ScenarioNode root = node(parser);
            return root;
        } catch (JsonProcessingException e) {
            throw new ScenarioException(List.of(syntaxProblem(e)));
        }
    }

    private ScenarioNode node(JsonParser parser) throws IOException, ScenarioException {
        int line = lineOf(parser.currentTokenLocation());
        JsonToken token = parser.currentToken();
        return switch (token) {
            case START_OBJECT -> mapping(parser, line);
            case START_ARRAY -> sequence(parser, line);
            case VALUE_STRING -> new ScenarioNode.Scalar(line, ScenarioNode.Kind.STRING, parser.getText());
            case VALUE_NUMBER_INT -> new ScenarioNode.Scalar(line, ScenarioNode.Kind.INTEGER, parser.getText());
            case VALUE_NUMBER_FLOAT -> new ScenarioNode.Scalar(line, ScenarioNode.Kind.DECIMAL, parser.getText());
            case VALUE_TRUE, VALUE_FALSE ->
                    new ScenarioNode.Scalar(line, ScenarioNode.Kind.BOOLEAN, String.valueOf(parser.getBooleanValue()));
            case VALUE_NULL -> new ScenarioNode.Scalar(line, ScenarioNode.Kind.NULL, "");
            default -> throw new ScenarioException(List.of(new ScenarioProblem(file, line,
                    "unexpected YAML content " + token)));
        };
    }

    private ScenarioNode mapping(JsonParser parser, int line) throws IOException, ScenarioException {
        Map<String, ScenarioNode.Entry> entries = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            int keyLine = lineOf(parser.currentTokenLocation());
            parser.nextToken();
            ScenarioNode value = node(parser);
            if (entries.containsKey(key)) {
                throw new ScenarioException(List.of(new ScenarioProblem(file, keyLine,
                        "duplicate key '" + key + "' (first at line " + entries.get(key).keyLine() + ")")));
            }
            entries.put(key, new ScenarioNode.Entry(key, keyLine, value));
        }
        return new ScenarioNode.Mapping(line, entries);
    }

    private ScenarioNode sequence(JsonParser parser, int line) throws IOException, ScenarioException {
        List<ScenarioNode> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            items.add(node(parser));
        }
        return new ScenarioNode.Sequence(line, items);
    }

    private static int lineOf(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? 1 : location.getLineNr();
    }

    /** SnakeYAML knows the line of the problem and what was being parsed; say both. */
    private ScenarioProblem syntaxProblem(JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
            int problemLine = marked.getProblemMark().getLine() + 1;
            String context = marked.getContext() == null ? "" : marked.getContext();
            // An unclosed {..} or [..] is only noticed on a later line; the mistake is where it was opened.
            if (context.contains("flow mapping") || context.contains("flow sequence")) {
                char opener = context.contains("mapping") ? '{' : '[';
                char closer = opener == '{' ? '}' : ']';
                if (marked.getContextMark() != null && marked.getProblem() != null
                        && marked.getProblem().contains("'" + closer + "'")) {
                    return new ScenarioProblem(file, marked.getContextMark().getLine() + 1, "not valid YAML: the '"
                            + opener + "' opened on this line is not closed with '" + closer + "' ("
                            + marked.getProblem() + " on line " + problemLine + ")");
                }
            }
            String reason = "not valid YAML: " + marked.getProblem();
            if (marked.getContext() != null && marked.getContextMark() != null) {
                reason += " (" + marked.getContext() + " that starts at line "
                        + (marked.getContextMark().getLine() + 1) + ")";
            }
            return new ScenarioProblem(file, problemLine, reason);
        }
        return new ScenarioProblem(file, lineOf(e.getLocation()), "not valid YAML: " + firstLine(e.getOriginalMessage()));
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "syntax error";
        }
        String trimmed = message.strip();
        int newline = trimmed.indexOf('\n');
        return newline < 0 ? trimmed : trimmed.substring(0, newline).strip();
    }
}
