package org.newsgraph.service;

/** What a client-given article identifier may be: it goes verbatim into the document. */
final class Identifiers {
    static final int MAX_LENGTH = 256;

    private Identifiers() {
    }

    /** The identifier of an article sent without one: the start of its bytes' SHA-256. */
    static String fromBody(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The problem with the identifier, or null when it is fine. */
    static String problem(String id) {
        if (id.isBlank()) {
            return "is empty";
        }
        if (id.length() > MAX_LENGTH) {
            return "is longer than " + MAX_LENGTH + " characters";
        }
        if (id.chars().anyMatch(Character::isISOControl)) {
            return "holds control characters";
        }
        return null;
    }
}
