using CcHc.Domain.Assessments;
using CcHc.Domain.Communes;
using CcHc.Domain.Criteria;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CcHc.Infrastructure.Persistence.Configurations;

internal sealed class AssessmentConfiguration : IEntityTypeConfiguration<Assessment>
{
    public void Configure(EntityTypeBuilder<Assessment> builder)
    {
        builder.ToTable("Assessments", t => t.HasTrigger(ImmutabilityTriggers.Assessments));
        builder.Property<Guid>(CcHcDbContext.ConcurrencyToken).IsConcurrencyToken();
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.HasOne<Commune>().WithMany().HasForeignKey(a => a.CommuneId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CriteriaSet>().WithMany().HasForeignKey(a => a.CriteriaSetId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.CommuneId, a.CriteriaSetId }).IsUnique();
        builder.Property(a => a.Classification).HasMaxLength(50);

        builder.OwnsOne(a => a.Decision, d =>
        {
            d.Property(x => x.Number).HasColumnName("DecisionNumber").HasMaxLength(50);
            d.Property(x => x.Date).HasColumnName("DecisionDate");
            d.Property(x => x.IssuingBody).HasColumnName("DecisionIssuingBody").HasMaxLength(200);
            d.Ignore(x => x.Citation);
        });
        builder.Navigation(a => a.Decision).IsRequired();

        builder.OwnsOne(a => a.Rank, r =>
        {
            r.Property(x => x.Position).HasColumnName("RankPosition");
            r.Property(x => x.Of).HasColumnName("RankOf");
        });

        builder.HasMany(a => a.Scores).WithOne().HasForeignKey(s => s.AssessmentId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Scores).HasField("_scores").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class CriterionScoreConfiguration : IEntityTypeConfiguration<CriterionScore>
{
    public void Configure(EntityTypeBuilder<CriterionScore> builder)
    {
        builder.ToTable("CriterionScore", t => t.HasTrigger(ImmutabilityTriggers.CriterionScores));
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Reason).HasMaxLength(2000);
        builder.Ignore(s => s.IsEmpty);
        builder.HasOne<CriterionNode>().WithMany().HasForeignKey(s => s.CriterionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.AssessmentId, s.CriterionId }).IsUnique();
    }
}
