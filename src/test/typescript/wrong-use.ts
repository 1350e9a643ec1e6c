// Must NOT type-check: proves the consumer check above sees the package's real types.
import { CompaniesApi, Configuration } from '@asf-register/client';

const companies = new CompaniesApi(new Configuration({ basePath: 'http://localhost:8080' }));

export async function wrong(): Promise<number> {
    const page = await companies.listCompanies({ county: 20 }); // county is a string
    return page.items[0].name; // name is a string
}
