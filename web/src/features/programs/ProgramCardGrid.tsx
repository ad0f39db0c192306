import type { Program } from '../../api_types';
import { ListFooter } from '../../components/ListFooter';
import type { PagedList } from '../../lib/use_paged_list';
import { ProgramCard } from './ProgramCard';

/** A page of programs as cards, with "Show more" when there are more. */
export function ProgramCardGrid({ programs, org }: { programs: PagedList<Program>; org: string }) {
  return (
    <>
      <ul className="grid grid--cards">
        {programs.items.map((p) => (
          <li key={p.id}>
            <ProgramCard program={p} org={org} />
          </li>
        ))}
      </ul>
      <ListFooter list={programs} />
    </>
  );
}
