package org.cls.contract;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Lifecycle: PREFIGURATION (charte, préfiguration), ELABORATION (diagnostic, writing), SIGNED (in force), ENDED (ended, evaluated).")
public enum ContractStatus {
    PREFIGURATION, ELABORATION, SIGNED, ENDED
}
