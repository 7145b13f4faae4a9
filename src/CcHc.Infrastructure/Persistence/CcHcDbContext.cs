using CcHc.Domain.Assessments;
using CcHc.Domain.Communes;
using CcHc.Domain.Criteria;
using CcHc.Domain.Plans;
using CcHc.Domain.Positions;
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
/// </summary>
public class CcHcDbContext(DbContextOptions<CcHcDbContext> options) : DbContext(options)
{
    public DbSet<OversightOffice> OversightOffices => Set<OversightOffice>();

    public DbSet<Commune> Communes => Set<Commune>();

    public DbSet<Position> Positions => Set<Position>();

    public DbSet<CriteriaSet> CriteriaSets => Set<CriteriaSet>();

    public DbSet<CriterionNode> CriterionNodes => Set<CriterionNode>();

    public DbSet<Assessment> Assessments => Set<Assessment>();

    public DbSet<RemediationPlan> Plans => Set<RemediationPlan>();

    public DbSet<RemediationItem> PlanItems => Set<RemediationItem>();

    public DbSet<PlanTask> PlanTasks => Set<PlanTask>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CcHcDbContext).Assembly);
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
