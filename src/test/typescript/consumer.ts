// A frontend's first use of the packaged client: scripts/typescript-client.sh installs the
// npm tarball into a scratch project and type-checks this file against it (tsc --strict).
import { AreasApi, CompaniesApi, Configuration, ResponseError } from '@asf-register/client';
import type { Company, CompanyPage, Problem } from '@asf-register/client';

const config = new Configuration({ basePath: 'http://localhost:8080', username: 'analyst', password: 'secret' });
const companies = new CompaniesApi(config);
const areas = new AreasApi(config);

export async function activeCompanyNamesInDalarna(): Promise<string[]> {
    const page: CompanyPage = await companies.listCompanies({ county: '20', status: 'ACTIVE', size: 200 });
    return page.items.map((c: Company) => `${c.name} (${c.organisationNumber})`);
}

export async function countyName(code: string): Promise<string> {
    return (await areas.getCounty({ code })).name;
}

/** A problem's requestId is what a user quotes to support. */
export async function requestIdOfFailure(id: string): Promise<string | undefined> {
    try {
        await companies.getCompany({ id });
        return undefined;
    } catch (e) {
        if (e instanceof ResponseError) {
            const problem: Problem = await e.response.json();
            return problem.requestId;
        }
        throw e;
    }
}
