/**
 * UK places by size, for judging how much a place name narrows down who a patient is. A patient "from
 * Leeds" is one of hundreds of thousands; a patient "from Keld" may be one of a few dozen. The rule
 * finds place names by their shape ("in / from / at / near <Capitalised>", street and school names)
 * and looks them up here only to weigh them:
 *
 *   city   a built-up area of roughly 150,000 people or more: weak on its own
 *   town   a named town: a real narrowing
 *   abroad a place outside the UK named in passing (a holiday, a conference): barely narrows anything
 *
 * A name that is not listed but has the shape of a place is treated as a small locality (a village,
 * a hamlet, a suburb), which is the most identifying case. The list is deliberately compact (a few
 * hundred names): it does not have to know every village, only the big places that should count less.
 */
export type PlaceSize = 'city' | 'town' | 'abroad';

interface PlaceGroup {
  readonly size: PlaceSize;
  readonly names: string;
  readonly source: string;
  readonly note: string;
}

const ONS_BUA =
  'ONS, Census 2021 built-up areas (England and Wales) by usual resident population; NRS settlements (Scotland); NISRA settlements (Northern Ireland)';

const GROUPS: readonly PlaceGroup[] = [
  {
    size: 'city',
    source: ONS_BUA,
    note: 'A city or large built-up area (about 150,000 people or more).',
    names: `London|Birmingham|Manchester|Leeds|Liverpool|Sheffield|Bristol|Glasgow|Edinburgh|Cardiff|Belfast|Newcastle|
      Newcastle upon Tyne|Nottingham|Leicester|Bradford|Coventry|Southampton|Portsmouth|Plymouth|Hull|Kingston upon Hull|
      Stoke|Stoke-on-Trent|Wolverhampton|Derby|Swansea|Aberdeen|Dundee|Sunderland|Reading|Milton Keynes|Northampton|Luton|
      Brighton|Bournemouth|Norwich|Southend|Southend-on-Sea|Swindon|Middlesbrough|Huddersfield|Oxford|Cambridge|Bolton|
      Ipswich|York|Peterborough|Warrington|Slough|Poole|Blackpool|Gateshead|Wakefield|Salford|Stockport|Oldham|Rotherham|
      Preston|Doncaster|Exeter|Gloucester|Colchester|Telford|Crawley|Basildon|Chelmsford|Watford|Worcester|Rochdale|Wigan|
      Walsall|West Bromwich|Dudley|Sutton Coldfield|Solihull|Birkenhead|St Helens|Barnsley|Blackburn|Burnley|Halifax|
      Mansfield|Lincoln|Chester|Carlisle|Newport|Wrexham|Derry|Londonderry|Lisburn|Inverness|Stirling|Perth|Paisley|
      East Kilbride|Livingston|Hamilton`,
  },
  {
    size: 'city',
    source: 'ONS, counties and unitary authorities (Open Geography Portal); common UK usage for regions',
    note: 'A county or region: at least as broad as a city.',
    names: `Cumbria|Yorkshire|North Yorkshire|West Yorkshire|South Yorkshire|East Yorkshire|Lancashire|Kent|Essex|Surrey|
      Devon|Cornwall|Norfolk|Suffolk|Somerset|Dorset|Hampshire|Sussex|Wiltshire|Cheshire|Derbyshire|Lincolnshire|
      Northumberland|Durham|Shropshire|Herefordshire|Worcestershire|Gloucestershire|Oxfordshire|Berkshire|Buckinghamshire|
      Hertfordshire|Bedfordshire|Cambridgeshire|Northamptonshire|Leicestershire|Nottinghamshire|Staffordshire|Warwickshire|
      Wales|Scotland|England|Northern Ireland|the North|the Midlands|the Dales|the Lakes|the Peak District|the Cotswolds`,
  },
  {
    size: 'town',
    source: ONS_BUA,
    note: 'A named town: narrows the field, though not to a handful of people.',
    names: `Harlow|Harrogate|Ilkley|Skipton|Keighley|Otley|Wetherby|Knaresborough|Ripon|Richmond|Thirsk|Northallerton|Whitby|
      Scarborough|Pickering|Malton|Selby|Goole|Beverley|Bridlington|Driffield|Pontefract|Castleford|Dewsbury|Batley|Brighouse|
      Todmorden|Hebden Bridge|Holmfirth|Penistone|Barnoldswick|Clitheroe|Colne|Nelson|Accrington|Lancaster|Morecambe|Kendal|
      Windermere|Keswick|Penrith|Cockermouth|Workington|Whitehaven|Barrow|Ulverston|Settle|Hexham|Morpeth|Alnwick|Berwick|
      Durham|Darlington|Hartlepool|Stockton|Redcar|Guisborough|Bishop Auckland|Consett|Chester-le-Street|Macclesfield|
      Crewe|Nantwich|Northwich|Knutsford|Wilmslow|Buxton|Matlock|Bakewell|Glossop|Chesterfield|Worksop|Retford|Newark|Grantham|
      Boston|Spalding|Skegness|Louth|Scunthorpe|Grimsby|Cleethorpes|Brigg|Gainsborough|Stamford|Oakham|Melton Mowbray|
      Loughborough|Hinckley|Market Harborough|Kettering|Corby|Wellingborough|Daventry|Banbury|Bicester|Witney|Abingdon|
      Didcot|Henley|Wantage|Newbury|Basingstoke|Andover|Winchester|Salisbury|Devizes|Chippenham|Trowbridge|Frome|Bath|Wells|
      Glastonbury|Taunton|Bridgwater|Yeovil|Minehead|Barnstaple|Bideford|Tiverton|Exmouth|Torquay|Paignton|Newton Abbot|
      Totnes|Tavistock|Truro|Falmouth|Penzance|St Ives|Newquay|Bodmin|Launceston|Dorchester|Weymouth|Bridport|Sherborne|
      Shaftesbury|Blandford|Wimborne|Ringwood|Lymington|Romsey|Eastleigh|Fareham|Havant|Chichester|Bognor Regis|Worthing|
      Horsham|Haywards Heath|Lewes|Eastbourne|Hastings|Bexhill|Rye|Tunbridge Wells|Tonbridge|Sevenoaks|Maidstone|Ashford|
      Canterbury|Folkestone|Dover|Deal|Margate|Ramsgate|Whitstable|Faversham|Sittingbourne|Gravesend|Dartford|Guildford|
      Woking|Epsom|Reigate|Redhill|Dorking|Farnham|Camberley|Aldershot|Farnborough|Staines|Maidenhead|Windsor|Bracknell|
      Wokingham|High Wycombe|Aylesbury|Amersham|Chesham|Hemel Hempstead|St Albans|Harpenden|Hitchin|Letchworth|Stevenage|
      Hertford|Bishop's Stortford|Saffron Walden|Braintree|Witham|Maldon|Clacton|Harwich|Brentwood|Billericay|Wickford|
      Rayleigh|Sudbury|Bury St Edmunds|Newmarket|Haverhill|Stowmarket|Felixstowe|Woodbridge|Lowestoft|Beccles|Great Yarmouth|
      Cromer|Sheringham|Dereham|Swaffham|Thetford|King's Lynn|Wisbech|March|Ely|Huntingdon|St Neots|St Ives|Bedford|
      Biggleswade|Leighton Buzzard|Dunstable|Tring|Berkhamsted|Banbury|Stratford-upon-Avon|Warwick|Leamington Spa|Kenilworth|
      Rugby|Nuneaton|Tamworth|Lichfield|Burton|Stafford|Stone|Leek|Uttoxeter|Cannock|Rugeley|Kidderminster|Bromsgrove|
      Redditch|Evesham|Malvern|Hereford|Ledbury|Leominster|Ludlow|Shrewsbury|Oswestry|Bridgnorth|Whitchurch|Market Drayton|
      Cheltenham|Tewkesbury|Stroud|Cirencester|Stow-on-the-Wold|Ross-on-Wye|Monmouth|Abergavenny|Brecon|Llandrindod Wells|
      Aberystwyth|Cardigan|Carmarthen|Llanelli|Haverfordwest|Tenby|Bridgend|Port Talbot|Neath|Merthyr Tydfil|Pontypridd|
      Caerphilly|Barry|Llandudno|Conwy|Bangor|Caernarfon|Holyhead|Rhyl|Prestatyn|Mold|Ruthin|Denbigh|Welshpool|Newtown|
      Dumfries|Stranraer|Ayr|Kilmarnock|Irvine|Greenock|Dunoon|Oban|Fort William|Aviemore|Elgin|Nairn|Forres|Thurso|Wick|
      Kirkwall|Lerwick|Stornoway|Portree|Peterhead|Fraserburgh|Montrose|Arbroath|St Andrews|Cupar|Kirkcaldy|Dunfermline|
      Falkirk|Alloa|Galashiels|Hawick|Kelso|Peebles|Coleraine|Ballymena|Omagh|Enniskillen|Newry|Armagh|Bangor|Larne|
      Antrim|Banbridge|Ilford|Romford|Croydon|Bromley|Harrow|Enfield|Barnet|Kingston|Twickenham|Hounslow|Uxbridge|Wembley`,
  },
  {
    size: 'abroad',
    source: 'Common UK usage: countries and cities named in holiday, conference and news posts',
    note: 'A place abroad, named in passing: it says little about who a patient is.',
    names: `Sydney|Melbourne|Paris|Lisbon|Madrid|Barcelona|Rome|Berlin|Amsterdam|Dublin|New York|Dubai|Spain|France|Portugal|
      Italy|Greece|Germany|Australia|America|Canada|India|Pakistan|Poland|Romania|Nigeria|Ireland|Europe|Tenerife|Majorca|
      Mallorca|Ibiza|Crete|Corfu|Florida|Thailand|Bali|Turkey|Cyprus|Malta`,
  },
];

const BY_NAME = new Map<string, PlaceSize>();
for (const g of GROUPS) {
  for (const raw of g.names.split('|')) {
    const name = raw.trim().toLowerCase();
    if (name && !BY_NAME.has(name)) BY_NAME.set(name, g.size);
  }
}

/** The size class of a place name (any case), or undefined when the list does not know it. */
export function placeSize(name: string): PlaceSize | undefined {
  return BY_NAME.get(name.trim().toLowerCase());
}

/** Sources of the list, for the docs. */
export const UK_PLACE_SOURCES: readonly string[] = GROUPS.map((g) => `${g.size}: ${g.source}`);
