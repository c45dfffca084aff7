package org.cls.action;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class Step {

    @Column(nullable = false)
    public String title;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Column(nullable = false)
    public boolean done;
}
