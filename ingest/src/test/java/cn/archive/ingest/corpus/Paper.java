package cn.archive.ingest.corpus;

import java.util.List;

/** One composed customer file before scanning: its sheets and what it truly says. */
record Paper(PaperKind kind, List<Sheet> sheets, GroundTruth truth) {
}
