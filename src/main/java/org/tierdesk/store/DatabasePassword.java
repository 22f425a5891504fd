package org.tierdesk.store;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The password that protects the database file with H2's AES encryption, or none. H2 splits the JDBC password at
 * the first space into file password and user password, so the manager's passphrase (which may hold spaces) is
 * handed over as the hex of its UTF-8 bytes.
 */
public final class DatabasePassword {
    private static final DatabasePassword NONE = new DatabasePassword(new char[0]);

    private final char[] passphrase;

    private DatabasePassword(char[] passphrase) {
        this.passphrase = passphrase.clone();
    }

    public static DatabasePassword none() {
        return NONE;
    }

    /** A passphrase typed by the manager; an empty one means no encryption. */
    public static DatabasePassword of(char[] passphrase) {
        return passphrase == null || passphrase.length == 0 ? NONE : new DatabasePassword(passphrase);
    }

    public static DatabasePassword of(String passphrase) {
        return passphrase == null ? NONE : of(passphrase.toCharArray());
    }

    public boolean isNone() {
        return passphrase.length == 0;
    }

    /** Whether {@code other} is the same passphrase (compared in constant time: a typed check of the current one). */
    public boolean sameAs(DatabasePassword other) {
        return java.security.MessageDigest.isEqual(new String(passphrase).getBytes(StandardCharsets.UTF_8),
                new String(other.passphrase).getBytes(StandardCharsets.UTF_8));
    }

    /** The file password as H2's encryption tools take it. */
    char[] filePassword() {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(passphrase));
        byte[] utf8 = new byte[encoded.remaining()];
        encoded.get(utf8);
        char[] hex = HexFormat.of().formatHex(utf8).toCharArray();
        Arrays.fill(utf8, (byte) 0);
        return hex;
    }

    /** The JDBC password: file password, a space, and the (empty) password of the database user. */
    String jdbcPassword() {
        return isNone() ? "" : new String(filePassword()) + " ";
    }

    /** The JDBC URL settings this password needs. */
    String urlSettings() {
        return isNone() ? "" : ";CIPHER=AES";
    }

    @Override
    public String toString() {
        return isNone() ? "no password" : "a password";
    }
}
