package org.newsgraph.bench;

import java.util.List;
import org.newsgraph.model.Span;

/** One annotated attribution as the benchmark scores it: its content fragments, source and cue spans. */
record GoldQuote(List<Span> content, List<Span> sources, List<Span> cues) {
}
