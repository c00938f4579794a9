-- AlterEnum
ALTER TYPE "DestinationKind" ADD VALUE 'SALESFORCE_API';
