package org.newsgraph.relations;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The trained relation classifier with the threshold it is applied at and a note of how it was
 * made; {@code models/relation-model.bin}, written by {@code newsgraph train relations}.
 */
public record RelationModel(PairClassifier classifier, double threshold, String note) {
    private static final String MAGIC = "newsgraph-relation-model 1";

    public RelationModel withThreshold(double t) {
        return new RelationModel(classifier, t, note);
    }

    public void write(OutputStream out) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        classifier.write(bytes);
        DataOutputStream data = new DataOutputStream(out);
        data.writeUTF(MAGIC);
        data.writeUTF(note);
        data.writeDouble(threshold);
        data.writeInt(bytes.size());
        data.write(bytes.toByteArray());
        data.flush();
    }

    public static RelationModel read(InputStream in, PairClassifier.Reader reader) throws IOException {
        DataInputStream data = new DataInputStream(in);
        if (!MAGIC.equals(data.readUTF())) {
            throw new IOException("not a newsgraph relation model");
        }
        String note = data.readUTF();
        double threshold = data.readDouble();
        byte[] bytes = new byte[data.readInt()];
        data.readFully(bytes);
        return new RelationModel(reader.read(bytes), threshold, note);
    }
}
