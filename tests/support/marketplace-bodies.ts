// Bodies as the marketplace and its bridges send them (the documented
// marketplace lead formats), shared by the ingestion tests.

/** Microsoft's sample body for the HTTPS endpoint, verbatim. */
export const microsoftSampleJson = `{
  "UserDetails": {
    "FirstName": "Some", "LastName": "One", "Email": "someone@contoso.com",
    "Phone": "16175555555", "Country": "USA", "Company": "Contoso", "Title": "Esquire"
  },
  "LeadSource": "AzureMarketplace-INS|contoso.sample-offer",
  "ActionCode": "INS",
  "OfferTitle": "Contoso Sample Offer",
  "Description": "Campaigns: "
}`;

const testValue = "MSFT_TEST_636573304831318844";

/** The test lead Microsoft sends on Validate/Publish: lowercase userDetails, camelCase keys. */
export const microsoftTestLeadJson = JSON.stringify({
  userDetails: {
    firstName: testValue,
    lastName: testValue,
    email: `${testValue}@test.com`,
    phone: "1234567890",
    country: "US",
    company: testValue,
    title: testValue,
  },
  leadSource: testValue,
  actionCode: testValue,
  offerTitle: testValue,
  description: testValue,
});

/** One entity of the Azure Table destination, CustomerInfo as a JSON string. */
export const azureTableEntity = {
  PartitionKey: "9:2F28:2F2018",
  RowKey: "0f3d2a8e-5b7c-4c1e-9d3f-2a1b0c9d8e7f",
  Timestamp: "2018-09-28T10:00:05.1234567Z",
  ActionCode: "Create",
  CreatedTime: "2018-09-28T10:00:00.0000000Z",
  CustomerInfo: JSON.stringify({
    FirstName: "Zoë",
    LastName: "Ångström",
    Email: "zoe.angstrom@fabrikam.se",
    Phone: "+46 8 123 456",
    Country: "SE",
    Company: "Fabrikam AB",
    Title: "CTO",
  }),
  Description: "",
  LeadSource: "AzurePortal-Create|checkpoint.check-point-r77-10sg-byol",
  OfferDisplayName: "Check Point CloudGuard",
};
