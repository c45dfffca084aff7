package org.cls.contract;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * A coordinator seat as the rights see it: the invited email of {@link Contract#coordinators} and, once claimed, the
 * account ({@code sub}) it belongs to. Read-only here: seats are added and removed through the contract, and linked by
 * {@link org.cls.security.AccountLinks}.
 */
@Entity
@Immutable
@Table(name = "contract_coordinator")
@IdClass(CoordinatorSeat.Key.class)
public class CoordinatorSeat {

    @Id
    @Column(name = "contract_id")
    public UUID contractId;

    @Id
    public String email;

    /** The account holding the seat; null while the invitation is pending. */
    public String subject;

    @Column(name = "linked_at")
    public Instant linkedAt;

    public static class Key implements Serializable {
        public UUID contractId;
        public String email;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(contractId, k.contractId) && Objects.equals(email, k.email);
        }

        @Override
        public int hashCode() {
            return Objects.hash(contractId, email);
        }
    }
}
