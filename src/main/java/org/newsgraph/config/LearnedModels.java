package org.newsgraph.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.newsgraph.attribution.AttributionModel;
import org.newsgraph.attribution.AttributionTrainer;
import org.newsgraph.backend.opennlp.OpenNlpMaxent;
import org.newsgraph.lexicon.ModelFiles;

/** The trained models shipped in {@code models/}, read with the backend that wrote them. */
public final class LearnedModels {
    private LearnedModels() {
    }

    public static AttributionModel attribution() {
        try (InputStream in = ModelFiles.stream(ModelFiles.LEARNED_ATTRIBUTION)) {
            return AttributionModel.read(in, OpenNlpMaxent.reader());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model file " + ModelFiles.LEARNED_ATTRIBUTION, e);
        }
    }

    /** The learner the shipped model is trained with: GIS maxent, 100 iterations, features seen at least twice. */
    public static AttributionTrainer attributionTrainer() {
        return new AttributionTrainer(OpenNlpMaxent.trainer(ITERATIONS, CUTOFF));
    }

    public static final int ITERATIONS = 100;
    public static final int CUTOFF = 2;
}
