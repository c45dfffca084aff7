package org.cls.reporting;

import org.cls.contract.TerritoryDto;

import io.quarkus.qute.TemplateData;

/** Lets the report template read these records (Qute generates their value resolvers at build time). */
@TemplateData(target = ReportDto.class)
@TemplateData(target = ReportSnapshot.class)
@TemplateData(target = ArsPullDto.ArsContract.class)
@TemplateData(target = ArsPullDto.ArsAxis.class)
@TemplateData(target = ArsPullDto.ArsObjective.class)
@TemplateData(target = ArsPullDto.ArsAction.class)
@TemplateData(target = DashboardDto.class)
@TemplateData(target = DashboardDto.AxisFigures.class)
@TemplateData(target = DashboardDto.LateAction.class)
@TemplateData(target = DashboardDto.BudgetLine.class)
@TemplateData(target = DashboardDto.BudgetTotals.class)
@TemplateData(target = TerritoryDto.class)
final class ReportTemplateData {

    private ReportTemplateData() {
    }
}
