using CcHc.Web.Features.Authorization;
using CcHc.Web.Features.Dashboard;
using CcHc.Web.Features.Reports;
using CcHc.Web.Features.Tracking;
using CcHc.Web.Features.Communes;
using CcHc.Web.Features.Office;
using CcHc.Web.Features.Plans;
using Microsoft.AspNetCore.Authorization;

namespace CcHc.Web.Features;

/// <summary>The application layer between the pages and the domain: per feature its queries, commands and rules of access.</summary>
public static class FeatureServiceCollectionExtensions
{
    public static IServiceCollection AddCcHcFeatures(this IServiceCollection services)
    {
        services.AddSingleton<IAuthorizationHandler, PlanAuthorizationHandler>();
        services.AddSingleton<IAuthorizationHandler, TaskAuthorizationHandler>();
        services.AddSingleton<IAuthorizationHandler, ReportAuthorizationHandler>();
        services.AddScoped<TaskDetailsQuery>().AddScoped<MyTasksQuery>().AddScoped<CcHc.Web.Features.Home.HomeTodoQuery>().AddScoped<RecordTaskProgress>().AddScoped<AddTaskNote>().AddScoped<EvidenceDownload>();
        services.AddScoped<ReportQuery>().AddScoped<EditReport>().AddScoped<IssueReport>();
        services.AddScoped<ProgressReports.ProgressReportQuery>().AddScoped<ProgressReports.EditProgressReport>().AddScoped<ProgressReports.IssueProgressReport>();
        services.AddScoped<ProgressReports.OfficeReportingQuery>();
        services.AddScoped<CommuneDashboardQuery>();
        services.AddSingleton<IAuthorizationHandler, AssessmentAuthorizationHandler>();
        services.AddScoped<Assessments.ScoreSheetQuery>();
        services.AddScoped<Assessments.RecordScores>();
        services.AddScoped<Assessments.ImportScores>();
        services.AddScoped<Assessments.DraftPlanFromAssessment>();
        services.AddScoped<Assessments.CreateAssessment>();
        services.AddScoped<Assessments.ExportScoreSheet>();
        services.AddScoped<Criteria.CriteriaSetEditorQuery>();
        services.AddScoped<Criteria.EditCriteriaSet>();
        services.AddScoped<Accounts.EditAccount>();
        services.AddScoped<Admin.EditCommune>();
        services.AddScoped<Admin.CommuneSealAdmin>();
        services.AddScoped<Admin.AuditSearch>();
        services.AddScoped<Tracking.WithdrawEvidence>();
        services.AddScoped<Admin.CommuneList>();
        services.AddScoped<Admin.EditOffice>();
        services.AddScoped<Admin.ImportUnits>();
        services.AddScoped<Admin.DemoSuccessorSeeder>();
        services.AddScoped<Admin.UnitDirectory>();
        services.AddScoped<Accounts.AccountList>();
        services.AddScoped<Accounts.CreateAccount>();
        services.AddScoped<Criteria.CriteriaSetList>();
        services.AddScoped<IAuthorizationHandler, CriteriaSetAuthorizationHandler>();
        services.AddScoped<CriteriaSetScopeFilter>();
        services.AddScoped<Criteria.DeleteCriteriaSet>();
        services.AddScoped<Criteria.ImportCriteriaSet>();
        services.AddScoped<Criteria.CopyCriteriaSet>();
        services.AddScoped<Criteria.ExportCriteriaSet>();
        services.AddSingleton<IAuthorizationHandler, SignedCopyAuthorizationHandler>();
        services.AddScoped<PlanAccess>();
        services.AddScoped<PlanDetailsQuery>();
        services.AddScoped<PlanHistoryQuery>();
        services.AddScoped<PlanDownloads>();
        services.AddScoped<SignedCopiesQuery>();
        services.AddScoped<TakePlanStep>();
        services.AddScoped<FreezeIssuedPlan>();
        services.AddScoped<StartNextVersion>();
        services.AddScoped<AddPlanComment>();
        services.AddScoped<AddItemComment>();
        services.AddScoped<EditPlanHeader>();
        services.AddScoped<CarryOverTasks>();
        services.AddScoped<EditPlanItem>();
        services.AddScoped<CreatePlan>();
        services.AddScoped<UploadSignedCopy>();
        services.AddScoped<CommuneOverviewQuery>();
        services.AddSingleton<IAuthorizationHandler, PositionCatalogueAuthorizationHandler>();
        services.AddScoped<Communes.PositionCatalogueEditor>();
        services.AddScoped<OfficeQuery>();
        services.AddScoped<RequestPlanRevision>();
        services.AddScoped<SetSubmissionDueDate>();
        services.AddScoped<OversightNotices>();
        services.AddScoped<OfficeDownloads>();
        services.AddScoped<Verification.IssuedDocumentLookup>();
        services.AddScoped<Notifications.Notifier>();
        services.AddScoped<Notifications.NotificationInbox>();
        services.AddScoped<Notifications.DailyNotifications>();
        services.AddSingleton<Notifications.NotificationScheduler>();
        services.AddHostedService(provider => provider.GetRequiredService<Notifications.NotificationScheduler>());
        return services;
    }
}
