using CcHc.Domain.Assessments;
using CcHc.Domain.Communes;
using CcHc.Domain.Criteria;
using CcHc.Domain.Positions;
using CcHc.Domain.Deadlines;
using CcHc.Domain.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CcHc.Infrastructure.Persistence.Configurations;

internal sealed class RemediationPlanConfiguration : IEntityTypeConfiguration<RemediationPlan>
{
    public void Configure(EntityTypeBuilder<RemediationPlan> builder)
    {
        builder.Property<Guid>(CcHcDbContext.ConcurrencyToken).IsConcurrencyToken();
        builder.ToTable("Plans", t => t.HasTrigger(ImmutabilityTriggers.Plans));
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.HasOne<Commune>().WithMany().HasForeignKey(p => p.CommuneId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Assessment>().WithMany().HasForeignKey(p => p.AssessmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<RemediationPlan>().WithMany().HasForeignKey(p => p.PreviousVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.AssessmentId, p.VersionNumber }).IsUnique();
        builder.HasIndex(p => new { p.LineageId, p.VersionNumber }).IsUnique();
        builder.PrimitiveCollection(p => p.Indices).HasField("_indices").UsePropertyAccessMode(PropertyAccessMode.Field)
            .ElementType(e => e.HasConversion<string>());
        builder.PrimitiveCollection(p => p.FurtherAssessmentIds).HasField("_furtherAssessmentIds").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(p => p.AssessmentIds);
        builder.PrimitiveCollection(p => p.Addressees).HasField("_addressees").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Property(p => p.ReplacesWording).HasMaxLength(2000);
        builder.Property(p => p.AppendixCaption).HasMaxLength(1000);
        builder.Ignore(p => p.Setup);

        builder.Property(p => p.DocumentNumber).HasMaxLength(20);
        builder.Property(p => p.DocumentSymbol).HasMaxLength(30);
        builder.Property(p => p.PlaceName).HasMaxLength(100);
        builder.Property(p => p.Summary).HasMaxLength(1000);
        builder.Property(p => p.SignerAuthority).HasMaxLength(100);
        builder.Property(p => p.SignerTitle).HasMaxLength(100);
        builder.Property(p => p.SignerName).HasMaxLength(100);
        builder.PrimitiveCollection(p => p.LegalBases).HasField("_legalBases").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.PrimitiveCollection(p => p.Recipients).HasField("_recipients").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(p => p.Header);
        builder.Ignore(p => p.IsEditable);
        builder.Ignore(p => p.NumberLine);

        builder.HasMany(p => p.Items).WithOne().HasForeignKey(i => i.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Items).HasField("_items").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(p => p.Transitions).WithOne().HasForeignKey(t => t.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Transitions).HasField("_transitions").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class RemediationItemConfiguration : IEntityTypeConfiguration<RemediationItem>
{
    public void Configure(EntityTypeBuilder<RemediationItem> builder)
    {
        builder.Property<Guid>(CcHcDbContext.ConcurrencyToken).IsConcurrencyToken();
        builder.ToTable("PlanItems", t => t.HasTrigger(ImmutabilityTriggers.PlanItems));
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Heading).HasMaxLength(2000);
        builder.Property(i => i.GroupHeading).HasMaxLength(1000);
        builder.Property(i => i.DeductionWording).HasMaxLength(8000);
        builder.Property(i => i.LeadWording).HasMaxLength(1000);
        builder.Property(i => i.SupportWording).HasMaxLength(1000);
        builder.Property(i => i.CarriedFrom).HasMaxLength(1000);
        builder.PrimitiveCollection(i => i.CoLeadPositionIds).HasField("_coLeadPositionIds").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(i => i.LeadPositionIds);
        builder.Property(i => i.NotRemediableReason).HasMaxLength(2000);
        builder.PrimitiveCollection(i => i.CriterionIds).HasField("_criterionIds").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.PrimitiveCollection(i => i.SupportPositionIds).HasField("_supportPositionIds").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.PrimitiveCollection(i => i.PersonIds).HasField("_personIds").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(i => i.Progress);
        builder.HasOne<Position>().WithMany().HasForeignKey(i => i.LeadPositionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CriterionNode>().WithMany().HasForeignKey(i => i.FieldId).OnDelete(DeleteBehavior.Restrict);
        builder.ComplexProperty(i => i.Deadline, DeadlineMapping.Configure);
        builder.HasMany(i => i.Tasks).WithOne().HasForeignKey(t => t.ItemId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(i => i.Tasks).HasField("_tasks").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class PlanTaskConfiguration : IEntityTypeConfiguration<PlanTask>
{
    public void Configure(EntityTypeBuilder<PlanTask> builder)
    {
        builder.ToTable("PlanTasks", t => t.HasTrigger(ImmutabilityTriggers.PlanTasks));

        // Progress moves on issued versions: two people updating one task must not overwrite each other.
        builder.Property<Guid>(CcHcDbContext.ConcurrencyToken).IsConcurrencyToken();
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Description).HasMaxLength(4000);
        builder.ComplexProperty(t => t.Deadline, DeadlineMapping.Configure);
    }
}

internal sealed class PlanTransitionConfiguration : IEntityTypeConfiguration<PlanTransition>
{
    public void Configure(EntityTypeBuilder<PlanTransition> builder)
    {
        builder.ToTable("PlanTransitions", t => t.HasTrigger(ImmutabilityTriggers.PlanTransitions));
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.ActorId).HasMaxLength(450);
        builder.Property(t => t.ActorName).HasMaxLength(200);
        builder.Property(t => t.Comment).HasMaxLength(4000);
    }
}

/// <summary>A deadline is a value: its columns sit in the owner's row, prefixed "Deadline".</summary>
internal static class DeadlineMapping
{
    public static void Configure(ComplexPropertyBuilder<Deadline> deadline)
    {
        deadline.Property(d => d.Wording).HasMaxLength(1000);
    }
}

internal sealed class PlanCommentConfiguration : IEntityTypeConfiguration<PlanComment>
{
    public void Configure(EntityTypeBuilder<PlanComment> builder)
    {
        builder.ToTable("PlanComments");
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.AuthorId).HasMaxLength(450);
        builder.Property(c => c.AuthorName).HasMaxLength(200);
        builder.Property(c => c.Text).HasMaxLength(PlanComment.MaxLength);
        builder.HasOne<RemediationPlan>().WithMany().HasForeignKey(c => c.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.PlanId, c.At });
    }
}

internal sealed class PlanSubmissionConfiguration : IEntityTypeConfiguration<PlanSubmission>
{
    public void Configure(EntityTypeBuilder<PlanSubmission> builder)
    {
        // One row per submission, written in the submitting step's own save; read back for "changes since".
        builder.ToTable("PlanSubmissions");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Ignore(s => s.Content);
        builder.HasOne<RemediationPlan>().WithMany().HasForeignKey(s => s.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.PlanId, s.At });
    }
}

internal sealed class IssuedSnapshotConfiguration : IEntityTypeConfiguration<IssuedSnapshot>
{
    public void Configure(EntityTypeBuilder<IssuedSnapshot> builder)
    {
        // One row per issued version, written in the issuing step's own save; insert-only.
        builder.ToTable("IssuedSnapshots", t => t.HasTrigger(ImmutabilityTriggers.IssuedSnapshots));
        builder.HasKey(s => s.PlanId);
        builder.Property(s => s.PlanId).ValueGeneratedNever();
        builder.Property(s => s.Json);
        builder.Ignore(s => s.Data);
        builder.HasOne<RemediationPlan>().WithOne().HasForeignKey<IssuedSnapshot>(s => s.PlanId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class IssuedFiguresConfiguration : IEntityTypeConfiguration<IssuedFigures>
{
    public void Configure(EntityTypeBuilder<IssuedFigures> builder)
    {
        // One row per issued version, from its snapshot, written with it (or once by the backfill); insert-only.
        builder.ToTable("IssuedFigures", t => t.HasTrigger(ImmutabilityTriggers.IssuedFigures));
        builder.HasKey(f => f.PlanId);
        builder.Property(f => f.PlanId).ValueGeneratedNever();
        builder.Property(f => f.CommuneName).HasMaxLength(200);
        builder.Property(f => f.Classification).HasMaxLength(100);
        builder.Ignore(f => f.Figures);
        builder.HasOne<RemediationPlan>().WithOne().HasForeignKey<IssuedFigures>(f => f.PlanId).OnDelete(DeleteBehavior.Restrict);
    }
}
