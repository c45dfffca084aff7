package org.cls.governance;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.cls.action.Action;
import org.cls.partner.Contact;
import org.hibernate.envers.Audited;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One item of a meeting's agenda (ordre du jour). */
@Entity
@Audited
@Table(name = "meeting_agenda_item")
public class AgendaItem extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false)
    public Meeting meeting;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String title;

    @Column(name = "duration_minutes")
    public Integer durationMinutes;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "presenter_contact_id")
    public Contact presenter;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "action_id")
    public Action action;
}
