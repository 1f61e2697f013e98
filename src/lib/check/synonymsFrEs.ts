/**
 * The words French and Spanish writers use for each topic the review has figures on, beside the
 * English ones (synonyms.ts, same syntax and weights). The capabilities' own French and Spanish
 * names come from the dataset (data/translations.csv, joined in src/lib/query/check.ts); these are
 * the everyday words around them. Accents are optional when matched ("legislacion" finds
 * "legislación"), and a Spanish "-ón" also matches "-ones".
 *
 * Domain names are not topics here, as in English: a domain spans several capabilities, so
 * "Justice pénale" or "Victimes" cannot pick one figure.
 */

export const CAPABILITY_PHRASES_FR_ES: Record<number, string[]> = {
	1: [
		'pilotage',
		'gouvernance',
		'coordination',
		'organe de coordination',
		'leadership national',
		'liderazgo',
		'gobernanza',
		'coordinación',
		'órgano de coordinación',
		'rectoría'
	],
	2: [
		'recherche',
		'analyse',
		'suivi',
		'collecte de données',
		'évaluation de la menace',
		'investigación',
		'análisis',
		'seguimiento',
		'monitoreo',
		'recopilación de datos',
		'recolección de datos',
		'evaluación de amenazas'
	],
	3: [
		'loi',
		'législation',
		'cadre juridique',
		'cadre légal',
		'légifér*',
		'incrimin*',
		'pénalis*',
		'code pénal',
		'ley',
		'leyes',
		'legislación',
		'marco jurídico',
		'marco legal',
		'legislar',
		'tipific*',
		'penaliz*',
		'código penal'
	],
	4: [
		'police',
		"forces de l'ordre",
		'policiers',
		'enquêteurs',
		'unité spécialisée',
		'unités spécialisées',
		'gendarmerie',
		'services répressifs',
		'policía',
		'fuerzas del orden',
		'fuerzas de seguridad',
		'unidad especializada',
		'unidades especializadas',
		'cuerpos policiales'
	],
	5: [
		'magistrats',
		'juges',
		'procureurs',
		'parquet',
		'tribunaux',
		'système judiciaire',
		'judiciaire',
		'jueces',
		'fiscales',
		'fiscalía',
		'tribunales',
		'poder judicial'
	],
	6: [
		'gestion des délinquants',
		'gestion des auteurs',
		'délinquants sexuels',
		'auteurs d’infractions sexuelles',
		"auteurs d'infractions sexuelles",
		'réinsertion',
		'suivi socio-judiciaire',
		'gestión de delincuentes',
		'gestión de agresores',
		'delincuentes sexuales',
		'agresores sexuales',
		'rehabilitación',
		'reinserción',
		'libertad condicional'
	],
	7: [
		"base de données d'images",
		"bases de données d'images",
		'base de données d’images',
		'identification des victimes',
		'base de datos de imágenes',
		'bases de datos de imágenes',
		'identificación de víctimas',
		'identificación de las víctimas'
	],
	8: [
		'soutien aux victimes',
		'aide aux victimes',
		'accompagnement des victimes',
		'prise en charge des victimes',
		'soutien intégré',
		'apoyo a las víctimas',
		'apoyo a víctimas',
		'atención a las víctimas',
		'atención a víctimas',
		'asistencia a las víctimas',
		'apoyo integral',
		'atención integral'
	],
	9: [
		'travailleurs sociaux',
		'personnel de protection de l’enfance',
		'professionnels de la protection de l’enfance',
		"professionnels de la protection de l'enfance",
		'personnel formé',
		'trabajadores sociales',
		'personal capacitado',
		'profesionales de protección infantil',
		'personal especializado'
	],
	10: [
		'indemnisation',
		'réparation',
		'voies de recours',
		'mécanisme de plainte',
		'mécanismes de plainte',
		'indemnización',
		'reparación',
		'vías de recurso',
		'mecanismo de queja',
		'mecanismos de queja'
	],
	11: [
		"ligne d'écoute",
		'ligne d’écoute',
		"ligne d'assistance",
		'ligne d’assistance',
		"lignes d'écoute",
		'línea de ayuda',
		'líneas de ayuda',
		'línea telefónica de ayuda',
		'teléfono de ayuda'
	],
	12: [
		'ligne de signalement',
		'lignes de signalement',
		'plateforme de signalement',
		'portail de signalement',
		'línea de denuncia',
		'líneas de denuncia',
		'portal de denuncia',
		'plataforma de denuncia',
		'línea directa',
		'canal de denuncia'
	],
	13: [
		"programme d'éducation",
		'programme d’éducation',
		'programme éducatif',
		'éducation',
		'sensibilisation',
		'campagne de sensibilisation',
		'programa educativo',
		'programa de educación',
		'educación',
		'sensibilización',
		'concienciación',
		'campaña de sensibilización'
	],
	14: [
		'participation des enfants',
		'participation des jeunes',
		'parole des enfants',
		'participación infantil',
		'participación de los niños',
		'participación de niños',
		'participación de la infancia',
		'participación juvenil'
	],
	15: [
		'aide aux auteurs',
		'prise en charge des auteurs',
		'attirance sexuelle pour les enfants',
		'intérêt sexuel pour les enfants',
		'risque de passer à l’acte',
		"risque de passer à l'acte",
		'apoyo a agresores',
		'apoyo a los agresores',
		'interés sexual en niños',
		'interés sexual por los niños',
		'riesgo de cometer',
		'tratamiento de agresores'
	],
	16: [
		'retrait',
		'blocage',
		'filtrage',
		'retirer les contenus',
		'retirada',
		'bloqueo',
		'filtrado',
		'eliminación de contenidos',
		'retirar contenidos'
	],
	17: [
		"signalement par l'industrie",
		'signalement par l’industrie',
		'signalement par les entreprises',
		'denuncias de la industria',
		'denuncia por parte de las empresas'
	],
	18: [
		'industrie',
		'secteur privé',
		'entreprises technologiques',
		'entreprises du numérique',
		'innovation',
		'solutions innovantes',
		'industria',
		'sector privado',
		'empresas tecnológicas',
		'empresas de tecnología',
		'innovación',
		'soluciones innovadoras'
	],
	19: [
		'responsabilité sociale des entreprises',
		'rse',
		'responsabilidad social corporativa',
		'responsabilidad social empresarial',
		'rsc'
	],
	20: [
		'médias',
		'journalistes',
		'couverture médiatique',
		'traitement médiatique',
		'medios de comunicación',
		'periodistas',
		'periodismo',
		'cobertura mediática'
	],
	21: [
		'terminologie',
		'termes convenus',
		'lignes directrices de luxembourg',
		'définitions',
		'terminología',
		'términos acordados',
		'directrices de luxemburgo',
		'definiciones'
	]
};

export const INDICATOR_PHRASES_FR_ES: Record<string, string[]> = {
	'x-countries-reviewed': [
		'ont participé',
		'ont pris part',
		'passés en revue',
		'pays examinés',
		"couverts par l'examen",
		'couverts par l’examen',
		"inclus dans l'examen",
		'inclus dans l’examen',
		'participaron',
		'han participado',
		'tomaron parte',
		'países examinados',
		'países analizados',
		'incluidos en el estudio',
		'incluidos en la revisión'
	],
	'x-income-high': ['revenu élevé', 'ingresos altos', 'ingreso alto', 'renta alta'],
	'x-income-upper-middle': [
		'tranche supérieure',
		'revenu intermédiaire supérieur',
		'ingresos medianos altos',
		'ingreso mediano alto'
	],
	'x-income-lower-middle': [
		'tranche inférieure',
		'revenu intermédiaire inférieur',
		'ingresos medianos bajos',
		'ingreso mediano bajo'
	],
	'x-income-low': ['faible revenu', 'ingresos bajos', 'ingreso bajo'],
	'x-region-eap': ["asie de l'est et pacifique", 'asie-pacifique', 'asia oriental y el pacífico'],
	'x-region-esa': ['afrique orientale et australe', 'áfrica oriental y meridional'],
	'x-region-eca': [
		"europe de l'est et asie centrale",
		'europe orientale et asie centrale',
		'europa oriental y asia central'
	],
	'x-region-lac': [
		'amérique latine et caraïbes',
		'amérique latine',
		'américa latina y el caribe',
		'américa latina',
		'latinoamérica'
	],
	'x-region-mena': [
		'moyen-orient et afrique du nord',
		'moyen-orient',
		'oriente medio y norte de áfrica',
		'oriente medio'
	],
	'x-region-na': ['amérique du nord', 'américa del norte', 'norteamérica'],
	'x-region-sa': ['asie du sud', 'asia meridional', 'asia del sur'],
	'x-region-wca': [
		"afrique de l'ouest et du centre",
		'afrique de l’ouest et du centre',
		'áfrica occidental y central'
	],
	'x-region-we': ['europe occidentale', "europe de l'ouest", 'europa occidental'],
	'x-survey-alliance': [
		"enquête de l'alliance",
		'enquête de l’alliance',
		'enquête auprès des gouvernements',
		'encuesta de la alianza',
		'encuesta a los gobiernos'
	],
	'x-survey-unicef': ["étude de l'unicef", 'étude de l’unicef', 'estudio de unicef'],
	'x-mnr-used-reference': [
		'comme référence',
		'référence de bonnes pratiques',
		'como referencia',
		'referencia de buenas prácticas'
	],
	'x-mnr-used-policy': [
		'élaboration des politiques',
		'élaborer des politiques',
		'elaboración de políticas',
		'desarrollo de políticas'
	],
	'x-mnr-used-capabilities': ['capacités spécifiques', 'capacidades específicas'],
	'x-mnr-used-progress': [
		'mesurer les progrès',
		'suivre les progrès',
		'medir el progreso',
		'medir los avances',
		'medir los progresos'
	],
	'x-mnr-used-two-or-more': ['deux ou plus', 'plusieurs fins', 'dos o más', 'varios fines'],
	'c01-governance-mechanism': [
		'mécanisme de gouvernance',
		'mécanismes de gouvernance',
		'mécanisme national de gouvernance',
		'mécanisme de coordination',
		'interministériel',
		'multipartite',
		'comité de pilotage',
		'groupe de travail',
		'conseil national',
		'comité national',
		'mecanismo de gobernanza',
		'mecanismos de gobernanza',
		'mecanismo nacional de gobernanza',
		'mecanismo de coordinación',
		'multisectorial',
		'comité directivo',
		'grupo de trabajo',
		'consejo nacional',
		'comisión nacional',
		'mesa interinstitucional'
	],
	'c01-national-policy-strategy': [
		'stratégie nationale',
		'politique nationale',
		"plan d'action national",
		'plan d’action national',
		"plan d'action",
		'plan d’action',
		'plan national',
		'stratégie',
		'estrategia nacional',
		'política nacional',
		'plan de acción nacional',
		'plan nacional de acción',
		'plan de acción',
		'plan nacional',
		'estrategia'
	],
	// Not "investigación": in Spanish it is as often a police investigation as research.
	'c02-research-analysis-monitoring': ['recherche'],
	'c03-hic-criminalize-possession': ['possession', 'posesión', 'tenencia'],
	'c03-hic-criminalize-tech-facilitated': [
		'abus sexuels en ligne',
		'exploitation sexuelle en ligne',
		'abuso sexual en línea',
		'explotación sexual en línea'
	],
	'c03-hic-isp-reporting': [
		"fournisseurs d'accès à internet",
		'fournisseurs d’accès à internet',
		'fournisseurs de services internet',
		'proveedores de servicios de internet',
		'proveedores de internet'
	],
	'c03-hic-sex-offender-register': [
		'registre des délinquants sexuels',
		'registro de delincuentes sexuales',
		'registro de agresores sexuales'
	],
	'c03-hic-mandatory-reporting-professions': [
		'signalement obligatoire',
		'obligation de signaler',
		'denuncia obligatoria',
		'obligación de denunciar'
	],
	'c03-hic-grooming-intent-to-meet': [
		'intention de rencontrer',
		'en vue d’une rencontre',
		'intención de encontrarse',
		'encuentro en persona'
	],
	'c03-hic-background-checks': [
		'vérification des antécédents',
		'casier judiciaire',
		'verificación de antecedentes',
		'antecedentes penales'
	],
	'c03-hic-grooming-regardless-intent': [
		'pédopiégeage',
		'sollicitation d’enfants',
		"sollicitation d'enfants",
		'embaucamiento'
	],
	'c03-lmic-laws-inadequate': ['inadéquat*', 'insuffisant*', 'inadecuad*', 'insuficiente*'],
	'c04-unit-sexual-offences-children': [
		'brigade des mineurs',
		'brigade de protection des mineurs',
		'infractions sexuelles',
		'unidad de delitos sexuales',
		'unidades de delitos sexuales',
		'delitos sexuales'
	],
	'c04-unit-digital-forensics': [
		'criminalistique numérique',
		'informatique légale',
		'cybercriminalité',
		'informática forense',
		'forense digital',
		'ciberdelincuencia',
		'ciberdelitos'
	],
	'c05-judiciary-prosecutors': [
		'connaissances spécialisées',
		'procureurs spécialisés',
		'magistrats spécialisés',
		'conocimientos especializados',
		'fiscales especializados',
		'jueces especializados'
	],
	'c06-type-custody-supervision': ['prison', 'incarcération', 'prisión', 'custodia'],
	'c06-type-sex-offender-register': [
		'registre des délinquants sexuels',
		'registro de delincuentes sexuales',
		'registro de agresores sexuales'
	],
	'c06-type-post-release': [
		'après leur libération',
		'à leur libération',
		'tras su liberación',
		'después de su liberación'
	],
	'c06-type-intelligence': ['renseignement', 'inteligencia'],
	'c07-icse-connected': ['connectés à', 'connectés à la base', 'conectados a'],
	'c07-icse-not-connected-lmic-share': [
		'non connectés',
		'pas encore connectés',
		'no conectados',
		'aún no conectados',
		'todavía no conectados'
	],
	'c07-national-database': [
		'base de données nationale',
		'base nationale',
		'base de datos nacional'
	],
	'c08-end-to-end-support': ['de bout en bout', 'plan de soutien', 'plan de apoyo'],
	'c09-child-protection-workforce': ['personnel qualifié', 'personal cualificado'],
	'c10-remedies-reparations': [
		'recours ou réparation',
		'recours et réparations',
		'recursos o reparaciones',
		'vías de reparación'
	],
	'c11-child-helpline': [
		"ligne d'écoute pour enfants",
		'ligne d’écoute pour enfants',
		"ligne nationale d'écoute",
		'línea de ayuda infantil',
		'línea nacional de ayuda infantil'
	],
	'c12-hotline': ['ligne de signalement dédiée', 'línea de denuncia específica'],
	'c12-inhope-member': ['réseau inhope', 'red inhope'],
	'c12-national-hotline-org': [
		'organisation nationale',
		'organisme national',
		'organización nacional',
		'organismo nacional'
	],
	'c13-education': [
		"programme national d'éducation",
		'programme national d’éducation',
		'programa nacional de educación',
		'programa educativo nacional'
	],
	'c14-child-participation': ['participation', 'participación'],
	'c15-offender-support': [
		"système d'aide",
		'système d’aide',
		'dispositif d’aide',
		"dispositif d'aide",
		'sistema de apoyo',
		'sistemas de apoyo'
	],
	'c15-support-convicted': ['condamnés', 'récidive', 'condenados', 'reincidencia'],
	'c15-support-young-people-hsb': [
		'comportements sexuels problématiques',
		'comportements sexuels préjudiciables',
		'conducta sexual dañina',
		'conductas sexuales problemáticas'
	],
	'c15-support-family-friends': [
		'famille et amis',
		'familles et amis',
		'familiares y amigos',
		'familia y amigos'
	],
	'c16-takedown-procedures': [
		'procédures de retrait',
		'retrait ou blocage',
		'retirer ou bloquer',
		'procedimientos de retirada',
		'retirada o bloqueo',
		'retirar o bloquear'
	],
	'c18-industry-engagement': [
		"engagement de l'industrie",
		'collaboration avec l’industrie',
		"collaboration avec l'industrie",
		'colaboración con la industria'
	],
	'c20-media-reporting-support': [
		'soutien aux médias',
		'formation des journalistes',
		'apoyo a los medios',
		'formación de periodistas'
	],
	'c21-universal-terminology': [
		'terminologie convenue',
		'universellement convenue',
		'terminología acordada',
		'universalmente acordada'
	]
};

/** Words that say which countries a claim is about (see POPULATION_PHRASES). */
export const POPULATION_PHRASES_FR_ES: Record<'hic' | 'lmic' | 'alliance' | 'unicef', string[]> = {
	hic: [
		'revenu élevé',
		'pays riches',
		'pays développés',
		'ingresos altos',
		'renta alta',
		'países ricos',
		'países desarrollados'
	],
	lmic: [
		'revenu faible ou intermédiaire',
		'revenu faible et intermédiaire',
		'pays en développement',
		'ingresos bajos y medianos',
		'ingresos bajos y medios',
		'renta baja y media',
		'países en desarrollo'
	],
	alliance: ["enquête de l'alliance", 'enquête de l’alliance', 'encuesta de la alianza'],
	unicef: []
};

/** Words that tie any "how countries used the MNR" figure to its topic. */
export const MNR_USE_PHRASES_FR_ES = [
	'mrn',
	'modèle de réponse nationale',
	'modèle national de réponse',
	'modelo de respuesta nacional'
];

/** Everyday words that name a capability (see GENERIC_WORDS): never enough alone for "differs". */
export const GENERIC_WORDS_FR_ES = [
	'pilotage',
	'gouvernance',
	'coordination',
	'liderazgo',
	'gobernanza',
	'coordinación',
	'recherche',
	'analyse',
	'suivi',
	'investigación',
	'análisis',
	'seguimiento',
	'monitoreo',
	'loi',
	'législation',
	'ley',
	'leyes',
	'legislación',
	'police',
	'policiers',
	'policía',
	'enquêteurs',
	'gendarmerie',
	'magistrats',
	'juges',
	'procureurs',
	'parquet',
	'tribunaux',
	'judiciaire',
	'jueces',
	'fiscales',
	'fiscalía',
	'tribunales',
	'réinsertion',
	'rehabilitación',
	'reinserción',
	'indemnisation',
	'réparation',
	'indemnización',
	'reparación',
	'éducation',
	'sensibilisation',
	'educación',
	'sensibilización',
	'concienciación',
	'participation',
	'participación',
	'retrait',
	'blocage',
	'filtrage',
	'retirada',
	'bloqueo',
	'filtrado',
	'industrie',
	'industria',
	'innovation',
	'innovación',
	'médias',
	'journalistes',
	'periodistas',
	'periodismo',
	'définitions',
	'definiciones',
	'stratégie',
	'estrategia',
	'prison',
	'prisión',
	'custodia',
	'incarcération',
	'renseignement',
	'inteligencia',
	'condamnés',
	'condenados',
	'récidive',
	'reincidencia',
	'possession',
	'posesión',
	'tenencia',
	'inadéquat*',
	'insuffisant*',
	'inadecuad*',
	'insuficiente*',
	'infractions sexuelles',
	'delitos sexuales',
	'délinquants sexuels',
	'delincuentes sexuales',
	'agresores sexuales',
	'multipartite',
	'multisectorial',
	'mrn',
	'modèle de réponse nationale',
	'modèle national de réponse',
	'modelo de respuesta nacional'
];
