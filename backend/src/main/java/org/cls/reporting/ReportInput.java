package org.cls.reporting;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReportInput", description = "A report as the coordinator writes it: the period (on creation only) and the narrative.")
public record ReportInput(
        @Pattern(regexp = "\\d{4}(-S[12])?", message = "must be YYYY-S1, YYYY-S2 or YYYY")
        @Schema(description = "`2025-S1`, `2025-S2`, or a year for the annual review; required on creation, ignored afterwards.",
                examples = "2025-S1") String period,
        @Size(max = 8000) @Schema(description = "Highlights of the period (faits marquants).") String highlights,
        @Size(max = 8000) @Schema(description = "Difficulties (freins).") String difficulties,
        @Size(max = 8000) @Schema(description = "Levers (leviers).") String levers,
        @Size(max = 8000) @Schema(description = "Proposed adjustments (ajustements proposés).") String adjustments) {
}
