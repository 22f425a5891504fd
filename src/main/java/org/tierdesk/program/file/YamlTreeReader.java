package org.tierdesk.program.file;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns YAML text into {@link YamlNode}s by walking Jackson's YAML token stream, keeping each token's line.
 * Jackson hands an alias ({@code *name}) over as plain text, so anchors are resolved here: a note written once
 * with {@code &name} can be reused.
 */
final class YamlTreeReader {
    private static final YAMLFactory YAML = YAMLFactory.builder().build();
    private final Map<String, YamlNode> anchors = new java.util.HashMap<>();

    YamlNode read(Reader text) throws IOException {
        try (JsonParser parser = YAML.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new ProblemAt(1, "the file is empty; a program file starts with 'id:', 'name:' and 'tiers:'");
            }
            YamlNode root = value(parser, first);
            if (parser.nextToken() != null) {
                throw new ProblemAt(line(parser.currentTokenLocation()),
                        "a second YAML document ('---') follows; a program file holds exactly one program");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw syntaxError(e);
        }
    }

    private YamlNode value(JsonParser parser, JsonToken token) throws IOException {
        int line = line(parser.currentTokenLocation());
        YAMLParser yaml = (YAMLParser) parser;
        if (yaml.isCurrentAlias()) {
            YamlNode target = anchors.get(parser.getText());
            if (target == null) {
                throw new ProblemAt(line, "unknown alias '*" + parser.getText() + "'; define '&" + parser.getText()
                        + "' before using it");
            }
            return target;
        }
        String anchor = yaml.getObjectId();
        YamlNode node = node(parser, token, line);
        if (anchor != null) {
            anchors.put(anchor, node);
        }
        return node;
    }

    private YamlNode node(JsonParser parser, JsonToken token, int line) throws IOException {
        return switch (token) {
            case START_OBJECT -> map(parser, line);
            case START_ARRAY -> list(parser, line);
            case VALUE_STRING -> new YamlScalar(line, YamlScalar.Kind.TEXT, parser.getText(), null);
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT ->
                    new YamlScalar(line, YamlScalar.Kind.NUMBER, parser.getText(), parser.getDecimalValue());
            case VALUE_TRUE, VALUE_FALSE -> new YamlScalar(line, YamlScalar.Kind.BOOLEAN, parser.getText(), null);
            case VALUE_NULL -> new YamlScalar(line, YamlScalar.Kind.NULL, "", null);
            default -> throw new ProblemAt(line, "unexpected YAML content '" + parser.getText() + "'");
        };
    }

    private YamlMap map(JsonParser parser, int line) throws IOException {
        Map<String, YamlMap.Entry> entries = new LinkedHashMap<>();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
            int keyLine = line(parser.currentTokenLocation());
            String key = parser.currentName();
            YamlNode value = value(parser, parser.nextToken());
            if (entries.containsKey(key)) {
                throw new ProblemAt(keyLine, "the key '" + key + "' appears twice (first at line "
                        + entries.get(key).keyLine() + "); keep one");
            }
            entries.put(key, new YamlMap.Entry(keyLine, value));
        }
        return new YamlMap(line, entries);
    }

    private YamlList list(JsonParser parser, int line) throws IOException {
        List<YamlNode> items = new ArrayList<>();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
            items.add(value(parser, t));
        }
        return new YamlList(line, items);
    }

    /**
     * SnakeYAML marks where it noticed the problem and where the construct it was reading began; an unclosed
     * {@code {...}} or {@code [...]} is fixed where it began, anything else where it was noticed.
     */
    private static ProblemAt syntaxError(JsonProcessingException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
                String context = marked.getContext();
                Mark contextMark = marked.getContextMark();
                boolean unclosedFlow = context != null && context.startsWith("while parsing a flow")
                        && contextMark != null;
                int line = (unclosedFlow ? contextMark : marked.getProblemMark()).getLine() + 1;
                String reason = "YAML syntax error: " + marked.getProblem()
                        + (context == null || contextMark == null ? ""
                        : " (" + context + " that starts at line " + (contextMark.getLine() + 1) + ")")
                        + (unclosedFlow ? "; close it with '}' or ']'" : "");
                return new ProblemAt(line, reason);
            }
        }
        return new ProblemAt(line(e.getLocation()), "YAML syntax error: " + firstLine(e.getOriginalMessage()));
    }

    private static int line(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? 1 : location.getLineNr();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable YAML";
        }
        return message.strip().lines().map(String::strip).filter(s -> !s.isEmpty())
                .reduce((a, b) -> a + "; " + b).map(s -> s.length() > 300 ? s.substring(0, 300) : s)
                .orElse("unreadable YAML");
    }
}
