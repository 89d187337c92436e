package org.newsgraph.read;

/** The file cannot be read as an article; the message says why, for the error record. */
public class ArticleRejected extends Exception {
    public ArticleRejected(String reason) {
        super(reason);
    }
}
