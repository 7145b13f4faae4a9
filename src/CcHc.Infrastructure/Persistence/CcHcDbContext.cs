using CcHc.Domain.Assessments;
using CcHc.Domain.Communes;
using CcHc.Domain.Criteria;
using CcHc.Domain.Plans;
using CcHc.Domain.Positions;
using CcHc.Domain.Reports;
using CcHc.Domain.Tracking;
using CcHc.Infrastructure.Auditing;
using CcHc.Infrastructure.Identity;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CcHc.Infrastructure.Persistence;

/// <summary>
/// The one DbContext. Each provider has its own migration set in its own assembly:
/// <code>
/// dotnet ef migrations add NAME --project src/CcHc.Migrations.Sqlite --startup-project src/CcHc.Migrations.Sqlite
/// dotnet ef migrations add NAME --project src/CcHc.Migrations.SqlServer --startup-project src/CcHc.Migrations.SqlServer
/// </code>
/// (docs/operations.md). Mappings are provider-neutral: one IEntityTypeConfiguration per entity in Configurations/.
/// <para>
/// Tenancy is enforced here, once: the commune filter follows the caller's <see cref="IDataScope"/>, and every
/// commune-owned entity is filtered through it, so no query can reach another commune's rows by id.
/// </para>
/// </summary>
public class CcHcDbContext(DbContextOptions<CcHcDbContext> options, IDataScope scope)
    : IdentityDbContext<ApplicationUser, IdentityRole, string>(options), IDataProtectionKeyContext
{
    /// <summary>Name of the shadow concurrency token on the entities people edit (see ConcurrencyStampInterceptor).</summary>
    public const string ConcurrencyToken = "ConcurrencyToken";

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<Exports.IssuedFile> IssuedFiles => Set<Exports.IssuedFile>();

    public DbSet<UserPosition> UserPositions => Set<UserPosition>();

    /// <summary>Each user's notifications (the bell); read only through the caller's own id.</summary>
    public DbSet<Notifications.Notification> Notifications => Set<Notifications.Notification>();

    /// <summary>E-mails waiting to go or sent (<see cref="Notifications.OutboxSender"/>).</summary>
    public DbSet<Notifications.OutboxMessage> OutboxMessages => Set<Notifications.OutboxMessage>();

    /// <summary>Who runs each piece of scheduled work (<see cref="Notifications.DatabaseLease"/>).</summary>
    public DbSet<Notifications.Lease> Leases => Set<Notifications.Lease>();

    public IDataScope Scope => scope;

    /// <summary>The stored concurrency token of an edited entity, to put in a form's hidden field.</summary>
    public Task<Guid> ConcurrencyTokenAsync<TEntity>(Guid id, CancellationToken cancellationToken = default)
        where TEntity : CcHc.Domain.Common.Entity =>
        Set<TEntity>().Where(e => e.Id == id).Select(e => EF.Property<Guid>(e, ConcurrencyToken)).SingleAsync(cancellationToken);

    // Read by the query filters; EF Core evaluates them per query, per context instance.
    private bool ScopeIsUnrestricted => scope.IsUnrestricted;

    private Guid? ScopeCommuneId => scope.CommuneId;

    private Guid? ScopeOfficeId => scope.OfficeId;

    private IReadOnlyList<Guid> ScopeHistory => scope.History;

    public DbSet<OversightOffice> OversightOffices => Set<OversightOffice>();

    public DbSet<Commune> Communes => Set<Commune>();

    /// <summary>
    /// The communes the caller reaches as its own or its office's: <see cref="Communes"/> without the predecessors it
    /// may read only as history (<see cref="IDataScope.History"/>). Lists and overviews count these.
    /// </summary>
    public IQueryable<Commune> ReachedCommunes => Communes.Where(c => !ScopeHistory.Contains(c.Id));

    public DbSet<Province> Provinces => Set<Province>();

    public DbSet<CommunePredecessor> CommunePredecessors => Set<CommunePredecessor>();

    public DbSet<UnitChange> UnitChanges => Set<UnitChange>();

    public DbSet<Position> Positions => Set<Position>();

    public DbSet<PositionGroupMember> PositionGroupMembers => Set<PositionGroupMember>();

    public DbSet<CriteriaSet> CriteriaSets => Set<CriteriaSet>();

    public DbSet<CriterionNode> CriterionNodes => Set<CriterionNode>();

    public DbSet<Assessment> Assessments => Set<Assessment>();

    public DbSet<RemediationPlan> Plans => Set<RemediationPlan>();

    public DbSet<RemediationItem> PlanItems => Set<RemediationItem>();

    public DbSet<PlanTask> PlanTasks => Set<PlanTask>();

    public DbSet<PlanComment> PlanComments => Set<PlanComment>();

    public DbSet<TaskNote> TaskNotes => Set<TaskNote>();

    public DbSet<EvidenceFile> EvidenceFiles => Set<EvidenceFile>();

    public DbSet<ResultsReport> ResultsReports => Set<ResultsReport>();

    /// <summary>Báo cáo định kỳ: one per plan version and reporting period.</summary>
    public DbSet<ProgressReport> ProgressReports => Set<ProgressReport>();

    /// <summary>The frozen exports of issued progress reports; insert-only.</summary>
    public DbSet<Exports.ProgressReportFile> ProgressReportFiles => Set<Exports.ProgressReportFile>();

    public DbSet<IssuedSnapshot> IssuedSnapshots => Set<IssuedSnapshot>();

    public DbSet<IssuedFigures> IssuedFigures => Set<IssuedFigures>();
    /// <summary>What each submission of a plan held (<see cref="PlanSubmission"/>); insert-only, not audited apart.</summary>
    public DbSet<PlanSubmission> PlanSubmissions => Set<PlanSubmission>();

    public DbSet<EvidenceWithdrawal> EvidenceWithdrawals => Set<EvidenceWithdrawal>();

    public DbSet<Exports.SignedCopy> SignedCopies => Set<Exports.SignedCopy>();

    /// <summary>Stored file bytes (evidence), read and written through <see cref="Storage.IFileStore"/>; insert-only, not audited apart.</summary>
    public DbSet<Storage.StoredFile> StoredFiles => Set<Storage.StoredFile>();

    public DbSet<SubmissionDueDate> SubmissionDueDates => Set<SubmissionDueDate>();

    public DbSet<RevisionRequest> RevisionRequests => Set<RevisionRequest>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(CcHcDbContext).Assembly);
        ApplyTenantFilters(builder);
    }

    private void ApplyTenantFilters(ModelBuilder modelBuilder)
    {
        // The one rule: which communes the caller sees. Everything else is "belongs to a visible commune".
        modelBuilder.Entity<Commune>().HasQueryFilter(c =>
            ScopeIsUnrestricted || c.Id == ScopeCommuneId || (ScopeOfficeId != null && c.OversightOfficeId == ScopeOfficeId)
            || EF.Parameter(ScopeHistory).Contains(c.Id)); // one parameter: the SQL does not change with the list, so EF reuses it
        modelBuilder.Entity<Assessment>().HasQueryFilter(a => Communes.Any(c => c.Id == a.CommuneId));
        modelBuilder.Entity<CriterionScore>().HasQueryFilter(s => Assessments.Any(a => a.Id == s.AssessmentId));
        modelBuilder.Entity<RemediationPlan>().HasQueryFilter(p => Communes.Any(c => c.Id == p.CommuneId));
        modelBuilder.Entity<RemediationItem>().HasQueryFilter(i => Plans.Any(p => p.Id == i.PlanId));
        modelBuilder.Entity<PlanTask>().HasQueryFilter(t => PlanItems.Any(i => i.Id == t.ItemId));
        modelBuilder.Entity<PlanTransition>().HasQueryFilter(t => Plans.Any(p => p.Id == t.PlanId));
        modelBuilder.Entity<PlanComment>().HasQueryFilter(c => Plans.Any(p => p.Id == c.PlanId));
        modelBuilder.Entity<Exports.IssuedFile>().HasQueryFilter(f => Plans.Any(p => p.Id == f.PlanId));
        modelBuilder.Entity<Exports.SignedCopy>().HasQueryFilter(f => Plans.Any(p => p.Id == f.PlanId));
        modelBuilder.Entity<TaskNote>().HasQueryFilter(n => Plans.Any(p => p.Id == n.PlanId));
        modelBuilder.Entity<EvidenceFile>().HasQueryFilter(f => Plans.Any(p => p.Id == f.PlanId));
        modelBuilder.Entity<EvidenceWithdrawal>().HasQueryFilter(w => Plans.Any(p => p.Id == w.PlanId));
        modelBuilder.Entity<IssuedSnapshot>().HasQueryFilter(s => Plans.Any(p => p.Id == s.PlanId));
        modelBuilder.Entity<IssuedFigures>().HasQueryFilter(f => Plans.Any(p => p.Id == f.PlanId));
        modelBuilder.Entity<PlanSubmission>().HasQueryFilter(s => Plans.Any(p => p.Id == s.PlanId));
        modelBuilder.Entity<ResultsReport>().HasQueryFilter(r => Communes.Any(c => c.Id == r.CommuneId));
        modelBuilder.Entity<ProgressReport>().HasQueryFilter(r => Communes.Any(c => c.Id == r.CommuneId));
        modelBuilder.Entity<Exports.ProgressReportFile>().HasQueryFilter(f => Plans.Any(p => p.Id == f.PlanId));
        modelBuilder.Entity<Position>().HasQueryFilter(p => p.CommuneId == null || Communes.Any(c => c.Id == p.CommuneId));
        modelBuilder.Entity<PositionGroupMember>().HasQueryFilter(m => Communes.Any(c => c.Id == m.CommuneId));
        modelBuilder.Entity<CommunePredecessor>().HasQueryFilter(p => Communes.Any(c => c.Id == p.SuccessorId));
        modelBuilder.Entity<UnitChange>().HasQueryFilter(u => Communes.Any(c => c.Id == u.CommuneId));
        modelBuilder.Entity<RevisionRequest>().HasQueryFilter(r => Plans.Any(p => p.Id == r.PlanId));
        modelBuilder.Entity<SubmissionDueDate>().HasQueryFilter(d => OversightOffices.Any(o => o.Id == d.OfficeId));
        modelBuilder.Entity<OversightOffice>().HasQueryFilter(o =>
            ScopeIsUnrestricted || o.Id == ScopeOfficeId || Communes.Any(c => c.OversightOfficeId == o.Id));
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Scores have two decimals (domain.md); 6,2 holds up to 9999,99.
        configurationBuilder.Properties<decimal>().HavePrecision(6, 2);
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);

        // SQLite has no date-time-offset type and cannot order or compare the text EF would store; a UTC-ticks
        // integer keeps ordering in SQL. SQL Server keeps its native datetimeoffset.
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }
}
