using CcHc.Domain.Criteria;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CcHc.Infrastructure.Persistence.Configurations;

internal sealed class CriteriaSetConfiguration : IEntityTypeConfiguration<CriteriaSet>
{
    public void Configure(EntityTypeBuilder<CriteriaSet> builder)
    {
        builder.Property<Guid>(CcHcDbContext.ConcurrencyToken).IsConcurrencyToken();
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Name).HasMaxLength(300);
        builder.Property(s => s.Province).HasMaxLength(100);
        builder.HasMany(s => s.Nodes).WithOne().HasForeignKey(n => n.CriteriaSetId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Nodes).HasField("_nodes").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(s => s.Fields);
        builder.OwnsMany(s => s.ClassificationBands, bands => bands.ToJson());
        builder.Navigation(s => s.ClassificationBands).HasField("_bands").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class CriterionNodeConfiguration : IEntityTypeConfiguration<CriterionNode>
{
    public void Configure(EntityTypeBuilder<CriterionNode> builder)
    {
        builder.ToTable("CriterionNodes", t => t.HasTrigger(ImmutabilityTriggers.CriterionNodes));
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.Code).HasMaxLength(32);
        builder.Property(n => n.Title).HasMaxLength(1000);
        builder.Ignore(n => n.DisplayName);

        // The set's cascade removes a whole tree; the parent link must not cascade too (SQL Server forbids two paths).
        builder.HasOne(n => n.Parent).WithMany().HasForeignKey(n => n.ParentId).OnDelete(DeleteBehavior.ClientCascade);
        builder.HasIndex(n => new { n.CriteriaSetId, n.Order });
    }
}
