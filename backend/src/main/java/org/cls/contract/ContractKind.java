package org.cls.contract;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "CLS: contrat local de santé; CLSM: conseil local de santé mentale.")
public enum ContractKind {
    CLS, CLSM
}
