import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261202042512 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "customer_classification_result" add column if not exists "previous_automatic_tier_id" text null, add column if not exists "previous_eligible_sales" numeric null, add column if not exists "previous_run_id" text null, add column if not exists "raw_eligible_sales" jsonb not null default '{"value":"0","precision":20}', add column if not exists "raw_previous_eligible_sales" jsonb null;`);
    this.addSql(`alter table if exists "customer_classification_result" alter column "eligible_sales" type numeric using ("eligible_sales"::numeric);`);
    // Amounts were stored as real: keep what was there in the raw column too.
    this.addSql(`update "customer_classification_result" set "raw_eligible_sales" = jsonb_build_object('value', "eligible_sales"::text, 'precision', 20) where "eligible_sales" <> 0;`);

    this.addSql(`alter table if exists "customer_segment_classification" add column if not exists "raw_minimum_sales" jsonb not null default '{"value":"0","precision":20}';`);
    this.addSql(`alter table if exists "customer_segment_classification" alter column "minimum_sales" type numeric using ("minimum_sales"::numeric);`);
    this.addSql(`update "customer_segment_classification" set "raw_minimum_sales" = jsonb_build_object('value', "minimum_sales"::text, 'precision', 20) where "minimum_sales" <> 0;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "customer_classification_result" drop column if exists "previous_automatic_tier_id", drop column if exists "previous_eligible_sales", drop column if exists "previous_run_id", drop column if exists "raw_eligible_sales", drop column if exists "raw_previous_eligible_sales";`);

    this.addSql(`alter table if exists "customer_classification_result" alter column "eligible_sales" type real using ("eligible_sales"::real);`);

    this.addSql(`alter table if exists "customer_segment_classification" drop column if exists "raw_minimum_sales";`);

    this.addSql(`alter table if exists "customer_segment_classification" alter column "minimum_sales" type real using ("minimum_sales"::real);`);
  }

}
