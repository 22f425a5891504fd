package org.tierdesk.program.file;

import org.tierdesk.program.Program;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a program file (docs/program-format.md) into a {@link Program}. Any mistake, from YAML syntax to a
 * requirement naming an undeclared certification, is a {@link ProgramFileException} with the file and line.
 */
public final class ProgramFileReader {

    public Program read(Path file) {
        String name = file.toString();
        try (InputStream in = Files.newInputStream(file)) {
            return read(name, in);
        } catch (IOException e) {
            throw new ProgramFileException(name, 1, "cannot read the file: " + e.getMessage());
        }
    }

    public Program read(String fileName, InputStream in) {
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            YamlNode root = new YamlTreeReader().read(reader);
            return new ProgramBinder().bind(root);
        } catch (ProblemAt problem) {
            throw new ProgramFileException(fileName, problem.line(), problem.reason());
        } catch (IOException e) {
            throw new ProgramFileException(fileName, 1, "cannot read the file: " + e.getMessage());
        }
    }
}
